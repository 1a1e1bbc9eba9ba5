// The respondent pages' calls (api/src/respondents/CONTRACT.md). Their request and answer types are the
// api's own route types, imported as types only (`import type`: nothing of the typed client's runtime
// reaches a respondent page); a plain fetch sends them without cookies (credentials: 'omit'). Answers and
// errors are read by the same `readJson` as on the staff pages.
import type { InferRequestType } from 'hono/client';
import { ApiError, readAnswer, type ResultOf } from '../lib/api-error.ts';
import type { Api } from '../lib/api.ts';

type Public = Api['public'];
export type PublicLink = ResultOf<Public['links'][':code']['$get']>;
export type PublicOrganisation = ResultOf<Public['organisations']['$get']>[number];
export type PublicSchool = PublicLink['schools'][number];
export type RespondentRole = PublicLink['wave']['audience'];
export type ResponseBody = InferRequestType<Public['responses']['$post']>['json'];
export type StoryBody = InferRequestType<Public['stories']['$post']>['json'];
export type ResumeState = ResultOf<Public['resume'][':resumeCode']['$get']>;

export { ApiError };

async function call<F extends (...args: never[]) => Promise<unknown>>(
  method: string,
  path: string,
  body?: unknown,
): Promise<ResultOf<F>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'omit',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    // Status 0: the network failed (offline); the pages keep the answers and say so.
    throw new ApiError(0, 'offline', 'No connection');
  }
  return (await readAnswer(response)) as ResultOf<F>;
}

const enc = encodeURIComponent;

export const publicApi = {
  link: (code: string) => call<Public['links'][':code']['$get']>('GET', `/api/public/links/${enc(code)}`),
  organisations: () => call<Public['organisations']['$get']>('GET', '/api/public/organisations'),
  /** 204 when the invitation can be used; 404 unknown, 409 used, 410 closed. */
  invitation: (token: string) =>
    call<Public['invitations'][':token']['$get']>('GET', `/api/public/invitations/${enc(token.trim())}`),
  resume: (resumeCode: string) =>
    call<Public['resume'][':resumeCode']['$get']>('GET', `/api/public/resume/${enc(resumeCode.trim())}`),
  sendResponse: (body: ResponseBody) => call<Public['responses']['$post']>('POST', '/api/public/responses', body),
  sendStory: (body: StoryBody) => call<Public['stories']['$post']>('POST', '/api/public/stories', body),
  deleteReceipt: (receiptCode: string) =>
    call<Public['receipts'][':receiptCode']['$delete']>('DELETE', `/api/public/receipts/${enc(receiptCode.trim())}`),
};

/** The published results page and its link, typed by the api's own routes (types only: nothing is bundled). */
export type PublishedResults = ResultOf<Public['results'][':organisation'][':year']['$get']>;
export type ResultsLink = ResultOf<Public['results'][':organisation']['$get']>;

export const resultsApi = {
  page: (organisation: string, year: string, school?: string) =>
    call<Public['results'][':organisation'][':year']['$get']>(
      'GET',
      `/api/public/results/${enc(organisation)}/${enc(year)}${school ? `/${enc(school)}` : ''}`,
    ),
  /** The newest published page of the organisation (with the school's part), for the thank-you page. */
  latest: (organisation: string, schoolId?: number) =>
    call<Public['results'][':organisation']['$get']>(
      'GET',
      `/api/public/results/${enc(organisation)}${schoolId ? `?school=${schoolId}` : ''}`,
    ),
};
