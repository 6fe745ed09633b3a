<?php
/**
 * The shortcode and the block: the elements, a reserved height, and the no-JavaScript fallback
 * rendered in the page from the story's NAME.fallback.json (written by `backstory build`).
 *
 * @package Backstory
 */

defined( 'ABSPATH' ) || exit;

/**
 * Heights reserved by default, as in `backstory embed` (src/cli/embed-snippet.ts): the page does
 * not jump when the widgets load.
 */
const BACKSTORY_RESERVED_HEIGHT = array(
	'timeline' => 'clamp(67rem, calc(94rem - (100vw - 320px) * 1.23), 94rem)',
	'quiz'     => '38rem',
);

/**
 * The fallback's scroll box with the fade that says it continues, as in `backstory embed`
 * (SCROLL_STYLE there); after max-height.
 */
const BACKSTORY_SCROLL_STYLE = 'overflow:auto;box-sizing:border-box;padding-block-end:3rem;mask-image:linear-gradient(#000 calc(100% - 4rem), #0003);outline-offset:-3px';

/**
 * The attributes of the shortcode and the block, with their defaults.
 *
 * @return array
 */
function backstory_default_attributes() {
	return array(
		'src'    => '',
		'widget' => 'both',
		'height' => '',
		'theme'  => '',
		'lang'   => '',
	);
}

/**
 * `[backstory src="…" widget="timeline|quiz|both" height="…" theme="…" lang="…"]`
 *
 * @param array|string $attributes The shortcode's attributes.
 * @return string
 */
function backstory_shortcode( $attributes ) {
	$attributes = shortcode_atts(
		backstory_default_attributes(),
		$attributes,
		'backstory'
	);
	return backstory_render( $attributes );
}

/**
 * The block's server-side rendering: the same as the shortcode.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function backstory_render_block( $attributes ) {
	$attributes = wp_parse_args(
		$attributes,
		backstory_default_attributes()
	);
	$html = backstory_render( $attributes );
	return '' === $html ? '' : '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
}

/**
 * An error for the post's editors, in the page where they look; nothing for readers.
 *
 * @param string $message What is wrong and how to fix it.
 * @return string
 */
function backstory_problem( $message ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	return '<p class="backstory-problem" role="alert"><strong>' . esc_html__( 'Backstory:', 'backstory' ) . '</strong> ' . esc_html( $message ) . '</p>';
}

/**
 * The elements for one story.
 *
 * @param array $attributes src, widget, height, theme, lang.
 * @return string
 */
function backstory_render( $attributes ) {
	$src = trim( (string) $attributes['src'] );
	if ( '' === $src ) {
		return backstory_problem( __( 'give the story file\'s address, as in [backstory src="https://example.org/stories/story.json"].', 'backstory' ) );
	}
	$src = esc_url_raw( WP_Http::make_absolute_url( $src, home_url( '/' ) ), array( 'http', 'https' ) );
	if ( '' === $src ) {
		return backstory_problem( __( 'the story file\'s address must be an http(s) address.', 'backstory' ) );
	}
	$widget = (string) $attributes['widget'];
	if ( ! in_array( $widget, array( 'timeline', 'quiz', 'both' ), true ) ) {
		/* translators: %s: the value given. */
		return backstory_problem( sprintf( __( 'widget must be timeline, quiz or both, not "%s".', 'backstory' ), $widget ) );
	}
	$height = trim( (string) $attributes['height'] );
	if ( '' !== $height && ! preg_match( '/^\d+(\.\d+)?(px|rem|em|vh|svh|lvh|dvh)$/', $height ) ) {
		/* translators: %s: the value given. */
		return backstory_problem( sprintf( __( 'height must be a CSS length such as 36rem or 600px, not "%s".', 'backstory' ), $height ) );
	}
	$theme = '' === (string) $attributes['theme'] ? backstory_default_theme() : (string) $attributes['theme'];
	if ( ! in_array( $theme, array( 'auto', 'light', 'dark' ), true ) ) {
		/* translators: %s: the value given. */
		return backstory_problem( sprintf( __( 'theme must be auto, light or dark, not "%s".', 'backstory' ), $theme ) );
	}
	$lang = (string) $attributes['lang'];
	if ( '' !== $lang && ! preg_match( '/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/', $lang ) ) {
		/* translators: %s: the value given. */
		return backstory_problem( sprintf( __( 'lang must be a language tag such as en, fr or pt-BR, not "%s".', 'backstory' ), $lang ) );
	}

	backstory_enqueue_bundle();
	$fallback = backstory_fallback( $src );
	$widgets  = 'both' === $widget ? array( 'timeline', 'quiz' ) : array( $widget );
	$html     = '';
	foreach ( $widgets as $part ) {
		$has_fallback = isset( $fallback['widgets'][ $part ] );
		// A story without a quiz has no quiz fallback: leave the quiz out of "both".
		if ( 'quiz' === $part && 'both' === $widget && null !== $fallback && ! $has_fallback ) {
			continue;
		}
		$reserved = '' === $height ? BACKSTORY_RESERVED_HEIGHT[ $part ] : $height;
		$html    .= sprintf(
			'<backstory-%1$s src="%2$s" style="%3$s"%4$s%5$s>',
			$part,
			esc_url( $src ),
			esc_attr( 'display:flow-root;min-height:' . $reserved ),
			'auto' === $theme ? '' : ' theme="' . esc_attr( $theme ) . '"',
			'' === $lang ? '' : ' lang="' . esc_attr( $lang ) . '"'
		);
		if ( $has_fallback ) {
			$html .= "\n" . backstory_fallback_html( $fallback['widgets'][ $part ], $reserved ) . "\n";
		}
		$html .= '</backstory-' . $part . ">\n";
	}
	return $html;
}

/**
 * Enqueues the bundle once per page, as a module.
 */
function backstory_enqueue_bundle() {
	$url = backstory_bundle_folder() . 'backstory.js';
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'backstory', $url, array(), BACKSTORY_VERSION );
	} else {
		wp_enqueue_script( 'backstory', $url, array(), BACKSTORY_VERSION, true );
	}
}

add_filter( 'script_loader_tag', 'backstory_module_tag', 10, 2 );

/**
 * Before WordPress 6.5 had script modules, the bundle's tag needs type="module" added.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function backstory_module_tag( $tag, $handle ) {
	if ( 'backstory' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}

/**
 * The address of a story's fallback file: NAME.fallback.json beside NAME.json.
 *
 * @param string $src The story file's address.
 * @return string Empty when the address does not end in .json.
 */
function backstory_fallback_url( $src ) {
	$path = (string) wp_parse_url( $src, PHP_URL_PATH );
	if ( ! preg_match( '/\.json$/i', $path ) ) {
		return '';
	}
	return preg_replace( '/\.json(?=$|[?#])/i', '.fallback.json', $src, 1 );
}

/**
 * A story's fallback file, decoded, from the transient cache or fetched; null when there is none.
 *
 * @param string $src The story file's address.
 * @return array|null
 */
function backstory_fallback( $src ) {
	$url = backstory_fallback_url( $src );
	if ( '' === $url ) {
		return null;
	}
	$key    = 'backstory_fallback_' . md5( $url );
	$cached = get_transient( $key );
	if ( is_array( $cached ) ) {
		return isset( $cached['widgets'] ) ? $cached : null;
	}
	$response = wp_safe_remote_get( $url, array( 'timeout' => 5 ) );
	$data     = null;
	if ( ! is_wp_error( $response ) && 200 === wp_remote_retrieve_response_code( $response ) ) {
		$data = json_decode( wp_remote_retrieve_body( $response ), true );
	}
	if ( ! is_array( $data ) || ! isset( $data['widgets'] ) || ! is_array( $data['widgets'] ) ) {
		// Not there (a story built before fallback files, or a host that is down): ask again soon.
		set_transient( $key, array( 'missing' => true ), 5 * MINUTE_IN_SECONDS );
		return null;
	}
	set_transient( $key, $data, backstory_cache_seconds() );
	return $data;
}

/**
 * The HTML a story's fallback may contain: what `backstory fallback` writes, and nothing else.
 *
 * @return array
 */
function backstory_fallback_allowed_html() {
	$plain = array();
	return array(
		'div'     => array(
			'class'                   => true,
			'data-backstory-fallback' => true,
			'lang'                    => true,
		),
		'h1'      => $plain,
		'h2'      => $plain,
		'h3'      => $plain,
		'h4'      => $plain,
		'h5'      => $plain,
		'h6'      => $plain,
		'p'       => $plain,
		'ol'      => array( 'start' => true ),
		'ul'      => $plain,
		'li'      => $plain,
		'strong'  => $plain,
		'q'       => array( 'cite' => true ),
		'br'      => $plain,
		'a'       => array( 'href' => true ),
		'span'    => $plain,
		'time'    => array( 'datetime' => true ),
		'details' => $plain,
		'summary' => $plain,
	);
}

/**
 * One widget's fallback, filtered, in a named scrolling region as tall as the reserved height.
 *
 * @param array  $part   title and html from the fallback file.
 * @param string $height The reserved height.
 * @return string
 */
function backstory_fallback_html( $part, $height ) {
	// "#:~:text=…" (a link to the quoted passage in this page) reads to wp_kses as the protocol
	// "#"; allowed, it keeps the link whole.
	$protocols = array_merge( wp_allowed_protocols(), array( '#' ) );
	$html      = wp_kses( (string) ( $part['html'] ?? '' ), backstory_fallback_allowed_html(), $protocols );
	if ( ! preg_match( '/^<div\s/', $html ) ) {
		return '';
	}
	// A scrolling region must be reachable by keyboard and named, as in `backstory embed`.
	$region = sprintf(
		'<div role="region" aria-label="%1$s" tabindex="0" style="%2$s" ',
		esc_attr( (string) ( $part['title'] ?? '' ) ),
		esc_attr( 'max-height:' . $height . ';' . BACKSTORY_SCROLL_STYLE )
	);
	return preg_replace( '/^<div\s/', $region, $html, 1 );
}
