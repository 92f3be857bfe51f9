/** html-validate with its recommended rules; the one change: void elements are written
 * self-closed (`<meta />`), which is how preact renders them and valid HTML. */
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'void-style': ['error', { style: 'selfclose' }] },
});

/** Error messages as `line:column rule: message`; empty when the document is valid. */
export async function htmlErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
