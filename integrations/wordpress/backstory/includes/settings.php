<?php
/**
 * Settings → Backstory: where the bundle is served, and how long fallbacks are kept.
 *
 * @package Backstory
 */

defined( 'ABSPATH' ) || exit;

/**
 * The copy of dist/cdn/ that the plugin ships, as a folder address ending in "/".
 *
 * @return string
 */
function backstory_shipped_bundle_folder() {
	return plugins_url( 'cdn/', BACKSTORY_FILE );
}

/**
 * Folder address of backstory.js and embed.js, ending in "/": the setting, or the shipped copy.
 *
 * @return string
 */
function backstory_bundle_folder() {
	$folder = (string) get_option( 'backstory_bundle_folder', '' );
	return '' === $folder ? backstory_shipped_bundle_folder() : trailingslashit( $folder );
}

/**
 * How long a story's fallback is kept before it is fetched again, in seconds.
 *
 * @return int
 */
function backstory_cache_seconds() {
	$minutes = (int) get_option( 'backstory_cache_minutes', 60 );
	return max( 1, $minutes ) * MINUTE_IN_SECONDS;
}

/**
 * The widgets' colours when a shortcode or block does not say: light by default, since most
 * WordPress themes are light whatever the reader's system setting; "auto" follows that setting.
 *
 * @return string auto, light or dark.
 */
function backstory_default_theme() {
	$theme = (string) get_option( 'backstory_theme', 'light' );
	return in_array( $theme, array( 'auto', 'light', 'dark' ), true ) ? $theme : 'light';
}

add_action( 'admin_init', 'backstory_register_settings' );
add_action( 'admin_menu', 'backstory_add_settings_page' );

/**
 * Registers the two settings and their fields.
 */
function backstory_register_settings() {
	register_setting(
		'backstory',
		'backstory_bundle_folder',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'backstory_sanitize_folder',
		)
	);
	register_setting(
		'backstory',
		'backstory_cache_minutes',
		array(
			'type'              => 'integer',
			'default'           => 60,
			'sanitize_callback' => 'absint',
		)
	);
	register_setting(
		'backstory',
		'backstory_theme',
		array(
			'type'              => 'string',
			'default'           => 'light',
			'sanitize_callback' => 'backstory_sanitize_theme',
		)
	);
	add_settings_section( 'backstory_main', __( 'Where the widgets come from', 'backstory' ), '__return_false', 'backstory' );
	add_settings_field(
		'backstory_bundle_folder',
		__( 'Bundle folder address', 'backstory' ),
		'backstory_bundle_folder_field',
		'backstory',
		'backstory_main',
		array( 'label_for' => 'backstory_bundle_folder' )
	);
	add_settings_field(
		'backstory_theme',
		__( 'Colours', 'backstory' ),
		'backstory_theme_field',
		'backstory',
		'backstory_main',
		array( 'label_for' => 'backstory_theme' )
	);
	add_settings_field(
		'backstory_cache_minutes',
		__( 'Keep fallbacks for (minutes)', 'backstory' ),
		'backstory_cache_minutes_field',
		'backstory',
		'backstory_main',
		array( 'label_for' => 'backstory_cache_minutes' )
	);
}

/**
 * Keeps an http(s) address, or nothing (the shipped copy).
 *
 * @param mixed $value The submitted address.
 * @return string
 */
function backstory_sanitize_folder( $value ) {
	$url = esc_url_raw( trim( (string) $value ), array( 'http', 'https' ) );
	if ( '' === $url && '' !== trim( (string) $value ) ) {
		add_settings_error(
			'backstory_bundle_folder',
			'backstory_bundle_folder',
			__( 'The bundle folder must be a full http(s) address, such as https://cdn.example.org/backstory/. The copy that comes with the plugin is used until then.', 'backstory' )
		);
	}
	return $url;
}

/**
 * Keeps auto, light or dark.
 *
 * @param mixed $value The submitted choice.
 * @return string
 */
function backstory_sanitize_theme( $value ) {
	return in_array( $value, array( 'auto', 'light', 'dark' ), true ) ? $value : 'light';
}

/**
 * The colours field.
 */
function backstory_theme_field() {
	$choices = array(
		'light' => __( 'Light', 'backstory' ),
		'dark'  => __( 'Dark', 'backstory' ),
		'auto'  => __( 'The reader\'s system setting (for themes that follow it)', 'backstory' ),
	);
	echo '<select id="backstory_theme" name="backstory_theme" aria-describedby="backstory_theme_help">';
	foreach ( $choices as $value => $label ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( backstory_default_theme(), $value, false ), esc_html( $label ) );
	}
	printf(
		'</select><p class="description" id="backstory_theme_help">%s</p>',
		esc_html__( 'For shortcodes and blocks that do not choose. Dark widgets in a light theme look out of place.', 'backstory' )
	);
}

/**
 * The bundle folder field.
 */
function backstory_bundle_folder_field() {
	printf(
		'<input type="url" class="regular-text code" id="backstory_bundle_folder" name="backstory_bundle_folder" value="%1$s" placeholder="%2$s" aria-describedby="backstory_bundle_folder_help"><p class="description" id="backstory_bundle_folder_help">%3$s</p>',
		esc_attr( (string) get_option( 'backstory_bundle_folder', '' ) ),
		esc_attr( backstory_shipped_bundle_folder() ),
		esc_html__( 'The folder that holds backstory.js and embed.js (a copy of dist/cdn/). Leave it empty to use the copy that comes with the plugin.', 'backstory' )
	);
}

/**
 * The cache time field.
 */
function backstory_cache_minutes_field() {
	printf(
		'<input type="number" min="1" step="1" class="small-text" id="backstory_cache_minutes" name="backstory_cache_minutes" value="%1$s" aria-describedby="backstory_cache_minutes_help"><p class="description" id="backstory_cache_minutes_help">%2$s</p>',
		esc_attr( (string) get_option( 'backstory_cache_minutes', 60 ) ),
		esc_html__( 'A story\'s no-JavaScript fallback is fetched once and kept this long. After editing a story, it shows in the fallback after this time.', 'backstory' )
	);
}

/**
 * Adds Settings → Backstory.
 */
function backstory_add_settings_page() {
	add_options_page( __( 'Backstory', 'backstory' ), __( 'Backstory', 'backstory' ), 'manage_options', 'backstory', 'backstory_settings_page' );
}

/**
 * The settings page.
 */
function backstory_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'Backstory', 'backstory' ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'backstory' );
	do_settings_sections( 'backstory' );
	submit_button();
	echo '</form></div>';
}
