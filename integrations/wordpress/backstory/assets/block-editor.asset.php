<?php
/**
 * What the block's editor script needs: WordPress's own packages, no build step.
 *
 * @package Backstory
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => '0.1.0',
);
