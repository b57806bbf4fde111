import { phoneParts } from './phone-number';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

/**
 * A remark plugin that makes every phone number in guidance Markdown a link to tap ("call Samaritans
 * free on 116 123"), so writers type numbers as plain words. Text already inside a link is left alone.
 */
export function remarkPhoneLinks() {
  const walk = (node: Node) => {
    if (!node.children || node.type === 'link') return;
    node.children = node.children.flatMap((child): Node[] => {
      if (child.type !== 'text' || !child.value) {
        walk(child);
        return [child];
      }
      return phoneParts(child.value).map((part) =>
        typeof part === 'string'
          ? { type: 'text', value: part }
          : { type: 'link', url: part.href, children: [{ type: 'text', value: part.text }] },
      );
    });
  };
  return walk;
}
