import { describe, expect, it } from 'vitest';
import { characterCount, markdownToPlain, safeLinkHref, wordCount } from './markdownText';

describe('safeLinkHref', () => {
  it('keeps web and mail links and adds https to bare domains', () => {
    expect(safeLinkHref('https://migrants.example/join')).toBe('https://migrants.example/join');
    expect(safeLinkHref('mailto:info@ima.example')).toBe('mailto:info@ima.example');
    expect(safeLinkHref('ima.example/webinar')).toBe('https://ima.example/webinar');
  });
  it('refuses scripts, data, files and junk', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'vbscript:x', '', 'not a link', 'https://x" onmouseover="y']) {
      expect(safeLinkHref(bad)).toBeNull();
    }
  });
});

describe('counts', () => {
  it('counts words like the core does', () => {
    expect(wordCount('## Stop the *deportations*\n\n- Free **Ana** now!')).toBe(6);
    expect(wordCount("workers’ rights, don't")).toBe(3);
  });
  it('counts characters without Markdown marks, emoji as one', () => {
    expect(markdownToPlain('## Title\n\n**Bold** and _it_ [link](https://a.example)')).toBe('Title\n\nBold and it link (https://a.example)');
    expect(characterCount('**Hi** ✊🏽')).toBe(4);
  });
});
