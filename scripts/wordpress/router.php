<?php
/**
 * Router for PHP's built-in server in the WordPress end-to-end test: WordPress from Debian's
 * /usr/share/wordpress, wp-content from the test's own folder (BACKSTORY_WP_CONTENT). Static files
 * there are sent with Access-Control-Allow-Origin, as a site that serves Backstory must: the
 * oEmbed frame WordPress makes is sandboxed, so its module scripts and story are cross-origin
 * requests.
 */

$backstory_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

if ( 0 === strpos( $backstory_path, '/wp-content/' ) ) {
	$backstory_root = realpath( getenv( 'BACKSTORY_WP_CONTENT' ) );
	$backstory_file = realpath( $backstory_root . substr( $backstory_path, strlen( '/wp-content' ) ) );
	$backstory_type = array(
		'js'   => 'text/javascript; charset=utf-8',
		'json' => 'application/json; charset=utf-8',
		'html' => 'text/html; charset=utf-8',
		'css'  => 'text/css; charset=utf-8',
		'svg'  => 'image/svg+xml',
		'png'  => 'image/png',
		'woff2' => 'font/woff2',
	);
	$backstory_extension = strtolower( pathinfo( (string) $backstory_file, PATHINFO_EXTENSION ) );
	if ( ! $backstory_file || 0 !== strpos( $backstory_file, $backstory_root . '/' ) || ! is_file( $backstory_file ) || ! isset( $backstory_type[ $backstory_extension ] ) ) {
		http_response_code( 404 );
		header( 'Content-Type: text/plain; charset=utf-8' );
		echo 'Not found';
		return true;
	}
	header( 'Content-Type: ' . $backstory_type[ $backstory_extension ] );
	header( 'Access-Control-Allow-Origin: *' );
	header( 'Content-Length: ' . filesize( $backstory_file ) );
	readfile( $backstory_file );
	return true;
}

// Debian's wp-config.php picks /etc/wordpress/config-NAME.php by this server variable.
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );

$backstory_file = $_SERVER['DOCUMENT_ROOT'] . $backstory_path;
if ( is_dir( $backstory_file ) ) {
	$backstory_file = rtrim( $backstory_file, '/' ) . '/index.php';
}
if ( ! is_file( $backstory_file ) ) {
	// Every other address is WordPress's (pretty permalinks, feeds, the REST API).
	$backstory_file = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
} elseif ( '.php' !== substr( $backstory_file, -4 ) ) {
	return false;
}
$_SERVER['SCRIPT_FILENAME'] = $backstory_file;
$_SERVER['SCRIPT_NAME']     = substr( $backstory_file, strlen( $_SERVER['DOCUMENT_ROOT'] ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $backstory_file ) );
require $backstory_file;
return true;
