/** A file of the content folder: its path as `content/...` (whatever folder is read), and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** The files the content model reads: MDX entries, YAML data, the sources' plain texts and the editions. */
export const CONTENT_FILE = /\.(mdx|ya?ml|txt)$|^editions[\\/][^\\/]+\.json$/;

/** The file of a content path, if it is among the files. */
export function fileAt(files: readonly ContentFile[], path: string): ContentFile | undefined {
  return files.find((f) => f.path === path);
}
