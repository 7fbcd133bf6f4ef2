/** Small DOM helpers shared by the pages: no framework, so a page loads only what it computes with. */
type Child = Node | string | null | undefined | false;

/** An element with attributes and children (strings become text: nothing is parsed as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`#${id} is missing from the page`);
  return node as T;
}

/** `2018-01-08` as "8 January 2018": the calendar date read as UTC, so no time zone moves it. */
export function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** A citation as a reader needs it: the document, the clause, and how firmly it is known. */
export function citation(c: {
  document: string;
  clause?: string | undefined;
  status: string;
  url?: string | undefined;
}): Node {
  const text = `${c.document}${c.clause === undefined ? '' : `, ${c.clause}`} (${c.status})`;
  return c.url === undefined ? document.createTextNode(text) : el('a', { href: c.url }, text);
}

/** Replaces a region's content. */
export function show(region: HTMLElement, ...children: Child[]): void {
  region.replaceChildren();
  for (const c of children) if (c !== null && c !== undefined && c !== false) region.append(c);
}

/** An error as a reader sees it: its message, and its code for the curious. */
export function problem(error: unknown): HTMLElement {
  const e = error as { code?: string; message?: string };
  return el(
    'p',
    { class: 'error', role: 'alert' },
    `${e.message ?? String(error)}${e.code === undefined ? '' : ` (${e.code})`}`,
  );
}
