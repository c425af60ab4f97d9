/**
 * A rendered summary without the user's own words (fenced or indented) and addresses: what is
 * left is the summary's own text, which the text audits check.
 */
export const ownText = (rendered: string) =>
  rendered
    .replace(/```text\n[\s\S]*?\n```/g, ' ')
    .split('\n')
    .filter((line) => !/^ {4}/.test(line))
    .join('\n')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[\w-]+(?:\.[\w-]+)*\.(?:com|cn|jp)\b/g, ' ');
