<?php
/**
 * Pasting the embed page's address (…/embed.html?story=…&widget=…) on its own line shows the
 * widget in a frame that sizes itself: Backstory as an embed provider, without the HTTP round
 * trip of oEmbed. (The per-widget pages `backstory build --public-url` writes need no plugin:
 * WordPress finds their oEmbed JSON by discovery.)
 *
 * @package Backstory
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the handler for the bundle folder's embed page.
 */
function backstory_register_embed_handler() {
	$page = backstory_bundle_folder() . 'embed.html';
	$host = preg_replace( '#^https?:#i', 'https?:', preg_quote( $page, '#' ) );
	wp_embed_register_handler( 'backstory', '#^' . $host . '\?(.+)$#i', 'backstory_embed_handler' );
}

/**
 * The frame for one embed page address.
 *
 * @param array  $matches The pattern's matches.
 * @param array  $attr    Embed attributes (width, height).
 * @param string $url     The pasted address.
 * @return string
 */
function backstory_embed_handler( $matches, $attr, $url ) {
	parse_str( html_entity_decode( $matches[1] ), $query );
	$story  = isset( $query['story'] ) ? (string) $query['story'] : '';
	$widget = isset( $query['widget'] ) ? (string) $query['widget'] : 'timeline';
	if ( '' === $story || ! in_array( $widget, array( 'timeline', 'quiz' ), true ) ) {
		return backstory_problem( __( 'an embed page address needs ?story=ADDRESS&widget=timeline or quiz.', 'backstory' ) );
	}
	$fallback = backstory_fallback( esc_url_raw( WP_Http::make_absolute_url( $story, home_url( '/' ) ), array( 'http', 'https' ) ) );
	$title    = $fallback['widgets'][ $widget ]['title'] ?? ( 'quiz' === $widget ? __( 'Quiz', 'backstory' ) : __( 'Timeline', 'backstory' ) );
	$height   = 'quiz' === $widget ? 608 : 576;
	wp_enqueue_script( 'backstory-frame-host', plugins_url( 'assets/frame-host.js', BACKSTORY_FILE ), array(), BACKSTORY_VERSION, true );
	return sprintf(
		'<iframe class="backstory-frame" src="%1$s" title="%2$s" width="100%%" height="%3$d" style="border:0" loading="lazy"></iframe>',
		esc_url( $url ),
		esc_attr( $title ),
		$height
	);
}
