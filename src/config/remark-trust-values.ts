import type { TrustSettings } from './trust-schema';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

/**
 * A remark plugin that fills trust settings into guidance Markdown at build time, so a page can say
 * "deleted after {{days}} days" and always match content/trust.yaml.
 */
export function remarkTrustValues(settings: () => TrustSettings) {
  return () => (tree: Node) => {
    const values: Record<string, string> = { days: String(settings().savedAnswersExpireAfterDays) };
    const walk = (node: Node) => {
      if (node.type === 'text' && node.value)
        node.value = node.value.replace(/\{\{(\w+)\}\}/g, (all, name: string) => values[name] ?? all);
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}
