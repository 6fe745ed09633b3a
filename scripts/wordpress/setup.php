<?php
/**
 * Sets up the end-to-end test's WordPress from the command line (WP-CLI is not a Debian package):
 * installs the site, activates the Backstory plugin, creates an Author and, as that Author, the
 * posts the test reads. Prints their ids as JSON.
 *
 * Usage: php setup.php SETTINGS.json, with the site's address, the story's and the oEmbed page's.
 */

$backstory_settings = json_decode( file_get_contents( $argv[1] ), true );
$url                = parse_url( $backstory_settings['url'] );

$_SERVER['HTTP_HOST']        = $url['host'] . ':' . $url['port'];
$_SERVER['SERVER_NAME']      = $url['host'];
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );

define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$installed = wp_install( 'Backstory test newsroom', 'editor-in-chief', 'chief@newsroom.test', false, '', wp_generate_password( 24 ) );
if ( is_wp_error( $installed ) ) {
	fwrite( STDERR, 'WordPress did not install: ' . $installed->get_error_message() . "\n" );
	exit( 1 );
}
update_option( 'permalink_structure', '' );
wp_set_current_user( $installed['user_id'] );
$activated = activate_plugin( 'backstory/backstory.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'The plugin did not activate: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

$author_password = wp_generate_password( 24, false );
$author          = wp_insert_user(
	array(
		'user_login' => 'reporter',
		'user_email' => 'reporter@newsroom.test',
		'user_pass'  => $author_password,
		'role'       => 'author',
	)
);
if ( is_wp_error( $author ) ) {
	fwrite( STDERR, 'The Author was not created: ' . $author->get_error_message() . "\n" );
	exit( 1 );
}
// From here on, as the Author: no unfiltered_html, so WordPress filters what the posts contain.
wp_set_current_user( $author );

$story = $backstory_settings['story'];
$posts = array(
	'widgets' => array(
		'post_title'   => 'SpaceX and the government: the timeline and the quiz',
		'post_content' => "<!-- wp:paragraph -->\n<p>Text before the widgets.</p>\n<!-- /wp:paragraph -->\n\n"
			. "<!-- wp:shortcode -->\n[backstory src=\"{$story}\" widget=\"timeline\"]\n<!-- /wp:shortcode -->\n\n"
			. '<!-- wp:backstory/story ' . wp_json_encode( array( 'src' => $story, 'widget' => 'quiz' ) ) . " /-->\n\n"
			. "<!-- wp:paragraph -->\n<p>Text after the widgets.</p>\n<!-- /wp:paragraph -->",
	),
	'oembed'  => array(
		'post_title'   => 'SpaceX and the government: the quiz, pasted',
		'post_content' => "Text before the quiz.\n\n" . $backstory_settings['oembedPage'] . "\n\nText after the quiz.",
	),
	'handler' => array(
		'post_title'   => 'SpaceX and the government: the timeline, from the embed page',
		'post_content' => "Text before the timeline.\n\n" . plugins_url( 'cdn/embed.html', WP_PLUGIN_DIR . '/backstory/backstory.php' )
			. '?story=' . rawurlencode( $story ) . "&widget=timeline\n\nText after the timeline.",
	),
);
$ids = array();
foreach ( $posts as $name => $post ) {
	$id = wp_insert_post( $post + array( 'post_status' => 'publish' ), true );
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, "The post \"{$post['post_title']}\" was not published: " . $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$ids[ $name ] = array(
		'id'      => $id,
		'url'     => get_permalink( $id ),
		'author'  => (int) get_post_field( 'post_author', $id ),
		'content' => get_post_field( 'post_content', $id ),
	);
}
echo wp_json_encode(
	array(
		'author' => $author,
		'login'  => array(
			'user'     => 'reporter',
			'password' => $author_password,
		),
		'posts'  => $ids,
	)
), "\n";
