export const WORDPRESS_PACKAGES: Readonly<Record<string, string>>;

/** Installs what is missing; undefined when WordPress can run, else one line saying why not. */
export function installWordPress(): string | undefined;

export interface WordPressPost {
  id: number;
  url: string;
  author: number;
  /** The post's content as WordPress saved it. */
  content: string;
}

export interface WordPressSite {
  url: string;
  /** The story's public address, in the site's uploads. */
  story: string;
  /** The Author's user id. */
  author: number;
  /** The Author's login, for the editor. */
  login: { user: string; password: string };
  posts: { widgets: WordPressPost; oembed: WordPressPost; handler: WordPressPost };
  /** The folder the story's files are served from (wp-content/uploads/backstory). */
  uploads: string;
  /** The file where PHP logs notices and warnings while the site runs. */
  phpLog: string;
  stop(): Promise<void>;
}

export function startWordPress(): Promise<WordPressSite>;
