import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';

// The parts inlined in order, as scripts/copy-styles.mjs ships them.
const dir = join(process.cwd(), 'src/styles');
const css = readFileSync(join(dir, 'styles.css'), 'utf8').replace(/@import '\.\/([\w-]+\.css)';/g, (_, file: string) => readFileSync(join(dir, file), 'utf8'));
const root = postcss.parse(css);

describe('the stylesheet stays inside the viewer', () => {
  it('scopes every selector under .alv-root', () => {
    const selectors: string[] = [];
    root.walkRules((rule: Rule) => {
      if (rule.parent?.type === 'atrule' && (rule.parent as { name?: string }).name === 'keyframes') return;
      selectors.push(...rule.selectors);
    });
    expect(selectors.length).toBeGreaterThan(30);
    for (const selector of selectors) expect(selector, selector).toMatch(/^\.alv-root(?=[\s.[:]|$)/);
  });

  it('has no element-only, html, body or :root rule and no !important', () => {
    root.walkRules((rule: Rule) => {
      for (const selector of rule.selectors) expect(selector, selector).not.toMatch(/(^|[\s,>+~])(html|body|:root)\b/);
    });
    root.walkDecls((decl) => expect(decl.important ?? false, `${decl.prop} in ${(decl.parent as Rule).selector}`).toBe(false));
    expect(css).not.toMatch(/!important/);
  });

  it('themes by custom properties set on the root, never on :root', () => {
    const vars = new Set<string>();
    root.walkDecls(/^--alv-/, (decl) => {
      expect((decl.parent as Rule).selector).toMatch(/^\.alv-root(\[data-theme='(dark|system)'\])?$/);
      vars.add(decl.prop);
    });
    expect(vars.size).toBeGreaterThan(10);
    expect(css).toContain(".alv-root[data-theme='dark']");
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)[^{]*\{\s*\.alv-root\[data-theme='system'\]/);
  });

  it('gives "system" in a dark setting exactly the palette of "dark"', () => {
    const palette = (selector: string, inMedia: boolean) => {
      const decls: string[] = [];
      root.walkRules((rule: Rule) => {
        const media = rule.parent?.type === 'atrule';
        if (rule.selector === selector && media === inMedia) rule.walkDecls((d) => {
          decls.push(`${d.prop}: ${d.value}`);
        });
      });
      return decls;
    };
    const dark = palette(".alv-root[data-theme='dark']", false);
    expect(dark.length).toBeGreaterThan(10);
    expect(palette(".alv-root[data-theme='system']", true)).toEqual(dark);
  });
});
