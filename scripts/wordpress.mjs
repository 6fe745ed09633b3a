// A real WordPress for the end-to-end test of the plugin and of oEmbed: Debian's wordpress,
// mariadb-server and php packages (installed here as root with apt-get when they are missing, as
// scripts/chromium.mjs does for Chromium), a MariaDB of its own in a temporary folder, and PHP's
// built-in server. Nothing outside the temporary folder changes but one Debian config file,
// /etc/wordpress/config-NAME.php, removed again on stop.
//
// Run directly, it installs what is missing, starts WordPress with the plugin and the article's
// story, prints the posts' addresses and keeps running until Ctrl-C.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { aptInstall, canInstallWithApt } from "./apt.mjs";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const WORDPRESS = "/usr/share/wordpress";
const THEME = "twentytwentythree";

/** Debian packages, and a file each one installs. */
export const WORDPRESS_PACKAGES = {
  wordpress: `${WORDPRESS}/wp-load.php`,
  [`wordpress-theme-${THEME}`]: `${WORDPRESS}/wp-content/themes/${THEME}/theme.json`,
  "mariadb-server": "/usr/sbin/mariadbd",
  "php-cli": "/usr/bin/php",
  "php-mysql": "/etc/php",
};

function missingPackages() {
  const missing = Object.entries(WORDPRESS_PACKAGES)
    .filter(([, file]) => !existsSync(file))
    .map(([name]) => name);
  if (existsSync("/usr/bin/php") && !missing.includes("php-mysql")) {
    const modules = execFileSync("php", ["-m"], { encoding: "utf8" });
    if (!/^mysqli$/m.test(modules)) missing.push("php-mysql");
  }
  return missing;
}

/**
 * Installs what is missing. Resolves to undefined when WordPress can run, or to one line saying
 * why it cannot and how to make it possible.
 */
export function installWordPress() {
  let missing = missingPackages();
  if (missing.length === 0) return undefined;
  if (!canInstallWithApt()) {
    return `WordPress test skipped: ${missing.join(", ")} missing, and installing needs root with apt-get (Debian: sudo apt-get install ${Object.keys(WORDPRESS_PACKAGES).join(" ")}).`;
  }
  console.log(`Installing Debian's ${missing.join(", ")} for the WordPress test…`);
  try {
    aptInstall(missing, { recommends: false });
  } catch (error) {
    return `WordPress test skipped: apt-get could not install ${missing.join(", ")} (${error.message.split("\n")[0]}).`;
  }
  missing = missingPackages();
  return missing.length === 0
    ? undefined
    : `WordPress test skipped: ${missing.join(", ")} still missing after apt-get install.`;
}

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

async function waitFor(what, check, timeout = 30_000) {
  const start = Date.now();
  for (;;) {
    if (await check()) return;
    if (Date.now() - start > timeout)
      throw new Error(`${what} did not start in ${timeout / 1000} s.`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

function run(command, args, options = {}) {
  return execFileSync(command, args, {
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
    ...options,
  });
}

/**
 * Starts MariaDB and WordPress with the plugin, builds the article's story into the site's
 * uploads, and publishes the test's posts as an Author.
 * @returns {Promise<{url: string, story: string, posts: Record<string, {id: number, url: string, author: number, content: string}>, author: number, login: {user: string, password: string}, uploads: string, phpLog: string, stop: () => Promise<void>}>}
 */
export async function startWordPress() {
  const plugin = join(REPO, "integrations/wordpress/backstory");
  if (!existsSync(join(plugin, "cdn/backstory.js"))) {
    throw new Error(
      "integrations/wordpress/backstory/cdn/ is missing: run npm run build (it copies dist/cdn/ into the plugin).",
    );
  }
  const folder = await mkdtemp(join(tmpdir(), "backstory-wordpress-"));
  const name = `backstory-test-${process.pid}-${randomBytes(3).toString("hex")}`;
  const config = `/etc/wordpress/config-${name}.php`;
  const processes = [];
  const stop = async () => {
    for (const child of processes.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((done) => child.once("exit", done));
      // Each server runs in its own process group: PHP's workers and MariaDB's helpers stop too.
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    }
    await rm(config, { force: true });
    await rm(folder, { recursive: true, force: true });
  };
  try {
    // MariaDB of its own: its own data folder and socket, no network.
    const data = join(folder, "mysql");
    const socket = join(folder, "mysql.sock");
    run("mariadb-install-db", [
      "--no-defaults",
      `--datadir=${data}`,
      "--user=root",
      "--auth-root-authentication-method=socket",
      "--skip-test-db",
    ]);
    const database = spawn(
      "/usr/sbin/mariadbd",
      [
        "--no-defaults",
        `--datadir=${data}`,
        `--socket=${socket}`,
        `--pid-file=${join(folder, "mysql.pid")}`,
        `--log-error=${join(folder, "mysql.err")}`,
        "--skip-networking",
        "--user=root",
      ],
      { stdio: "ignore", detached: true },
    );
    processes.push(database);
    await waitFor("MariaDB", () => existsSync(socket));
    const password = randomBytes(12).toString("hex");
    await waitFor("MariaDB", () => {
      try {
        run("mariadb", ["--no-defaults", `--socket=${socket}`, "-u", "root", "-e", "SELECT 1"]);
        return true;
      } catch {
        return false;
      }
    });
    run("mariadb", [
      "--no-defaults",
      `--socket=${socket}`,
      "-u",
      "root",
      "-e",
      `CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${password}'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`,
    ]);

    // wp-content of its own: the plugin as the build leaves it, Debian's theme, the uploads.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const content = join(folder, "wp-content");
    await mkdir(join(content, "themes"), { recursive: true });
    await symlink(`${WORDPRESS}/wp-content/themes/${THEME}`, join(content, "themes", THEME));
    await cp(plugin, join(content, "plugins/backstory"), { recursive: true });
    const uploads = join(content, "uploads/backstory");
    const story = `${url}/wp-content/uploads/backstory/musk-spacex.json`;
    run("node", [
      join(REPO, "bin/backstory.js"),
      "build",
      join(REPO, "data/musk-spacex/story.json"),
      "--article",
      join(REPO, "data/musk-spacex/article.txt"),
      "--out",
      join(uploads, "musk-spacex.json"),
      "--public-url",
      story,
      "--bundle-url",
      `${url}/wp-content/plugins/backstory/cdn/`,
    ]);

    const keys = ["AUTH", "SECURE_AUTH", "LOGGED_IN", "NONCE"].flatMap((key) => [
      `${key}_KEY`,
      `${key}_SALT`,
    ]);
    const php = (value) => `'${String(value).replace(/[\\']/g, "\\$&")}'`;
    await writeFile(
      config,
      `<?php
// The Backstory WordPress test's site (scripts/wordpress.mjs); removed when the test stops.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', ${php(password)});
define('DB_HOST', ${php(`localhost:${socket}`)});
define('WP_HOME', ${php(url)});
define('WP_SITEURL', ${php(url)});
define('WP_CONTENT_DIR', ${php(content)});
define('WP_CONTENT_URL', ${php(`${url}/wp-content`)});
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${php(join(folder, "debug.log"))});
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// Requests only to the site itself: no update checks leave the machine.
define('WP_HTTP_BLOCK_EXTERNAL', true);
${keys.map((key) => `define('${key}', ${php(randomBytes(24).toString("hex"))});`).join("\n")}
`,
    );
    const environment = {
      ...process.env,
      WORDPRESS_CONFIG: name,
      BACKSTORY_WP_CONTENT: content,
      // WordPress asks itself for the oEmbed page while it renders a post: more than one worker.
      PHP_CLI_SERVER_WORKERS: "4",
    };
    await writeFile(
      join(folder, "settings.json"),
      JSON.stringify({
        url,
        story,
        oembedPage: `${url}/wp-content/uploads/backstory/musk-spacex.quiz.html`,
      }),
    );
    const setup = JSON.parse(
      run("php", [join(REPO, "scripts/wordpress/setup.php"), join(folder, "settings.json")], {
        env: environment,
      }),
    );

    const server = spawn(
      "php",
      [
        "-d",
        "variables_order=EGPCS",
        "-S",
        `127.0.0.1:${port}`,
        "-t",
        WORDPRESS,
        join(REPO, "scripts/wordpress/router.php"),
      ],
      { env: environment, stdio: ["ignore", "ignore", "pipe"], detached: true },
    );
    processes.push(server);
    let serverLog = "";
    server.stderr.on("data", (chunk) => {
      serverLog = (serverLog + chunk).slice(-4000);
    });
    await waitFor("WordPress", async () => {
      try {
        return (await fetch(`${url}/wp-login.php`)).ok;
      } catch {
        return false;
      }
    }).catch((error) => {
      throw new Error(`${error.message} PHP's server said:\n${serverLog}`);
    });
    return {
      url,
      story,
      ...setup,
      phpLog: join(folder, "debug.log"),
      uploads,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const reason = installWordPress();
  if (reason) {
    console.error(reason);
    process.exit(1);
  }
  const site = await startWordPress();
  console.log(`WordPress: ${site.url}/ (Ctrl-C stops it)`);
  for (const [name, post] of Object.entries(site.posts)) console.log(`${name}: ${post.url}`);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, async () => {
      await site.stop();
      process.exit(0);
    });
  }
}
