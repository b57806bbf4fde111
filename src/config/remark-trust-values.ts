interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

/**
 * A remark plugin that fills trust settings into guidance Markdown at build time, so a page can say
 * "deleted after {{days}} days" and always match content/trust.yaml.
 */
export function remarkTrustValues({ values }: { values: Record<string, string> }) {
  return (tree: Node) => {
    const walk = (node: Node) => {
      if (node.type === 'text' && node.value)
        node.value = node.value.replace(/\{\{(\w+)\}\}/g, (all, name: string) => values[name] ?? all);
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}
