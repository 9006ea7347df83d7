/** Jira's error body: `{"errorMessages":[...],"errors":{field: message}}`, with the status it came with. */
export class JiraError extends Error {
  readonly statusCode: number;
  readonly errorMessages: string[];
  readonly errors: Record<string, string>;

  constructor(statusCode: number, errorMessages: string[], errors: Record<string, string> = {}) {
    super(errorMessages[0] ?? Object.values(errors)[0] ?? `HTTP ${statusCode}`);
    this.statusCode = statusCode;
    this.errorMessages = errorMessages;
    this.errors = errors;
  }

  toJSON() {
    return { errorMessages: this.errorMessages, errors: this.errors };
  }
}

export const issueNotFound = () =>
  new JiraError(404, ['Issue does not exist or you do not have permission to see it.']);

export const fieldErrors = (errors: Record<string, string>) => new JiraError(400, [], errors);

export const badRequest = (message: string) => new JiraError(400, [message]);
