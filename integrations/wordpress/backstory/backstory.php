<?php
/**
 * Plugin Name:       Backstory
 * Description:       A clickable timeline and a comprehension quiz from a Backstory story file, by shortcode, block or pasted address. Readers without JavaScript get the same content as plain HTML.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The Backstory project
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       backstory
 *
 * @package Backstory
 */

defined( 'ABSPATH' ) || exit;

define( 'BACKSTORY_VERSION', '0.1.0' );
define( 'BACKSTORY_FILE', __FILE__ );
define( 'BACKSTORY_DIR', __DIR__ );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/embeds.php';

add_action( 'init', 'backstory_register' );

/**
 * Registers the shortcode, the block and the embed handler.
 */
function backstory_register() {
	add_shortcode( 'backstory', 'backstory_shortcode' );
	register_block_type( __DIR__ . '/block.json', array( 'render_callback' => 'backstory_render_block' ) );
	backstory_register_embed_handler();
}
