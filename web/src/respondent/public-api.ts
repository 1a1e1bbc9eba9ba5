import type { AppType } from '@klankbord/api/app';
import type { hc, InferResponseType } from 'hono/client';
// Plain fetch for the public respondent routes (api/src/respondents/CONTRACT.md): lighter than the typed
// Hono client on the respondent pages, and no cookies are sent (credentials: 'omit').

export type RespondentRole = 'ouder' | 'jongere';
export type Sector = 'po' | 'vo' | 'so' | 'sbo' | 'mbo';

export interface PublicSchool {
  id: number;
  name: string;
  sector: Sector;
}

export interface PublicLink {
  wave: { id: number; name: string; year: number; audience: RespondentRole; closesOn: string };
  school: PublicSchool | null;
  schools: PublicSchool[];
  organisation: { slug: string; name: string };
  survey: { versionId: number; definition: Record<string, unknown>; locales: string[] };
}

export interface PublicOrganisation {
  slug: string;
  name: string;
  schools: PublicSchool[];
}

export interface ResponseBody {
  code?: string;
  /** A single-use invitation token (from `?uitnodiging=` in the link of an invitation letter). */
  token?: string;
  resumeCode?: string;
  schoolId?: number;
  locale: string;
  role: RespondentRole;
  answers: Record<string, unknown>;
  complete: boolean;
  /** The same for every retry of one send: the server stores it once. */
  submissionId?: string;
}

export interface StoryBody {
  code?: string;
  organisation?: string;
  role: RespondentRole;
  sector?: Sector;
  schoolId?: number;
  title?: string;
  text: string;
  helped?: string;
  themes: string[];
  tone: string;
  kind: string;
  consentQuote: boolean;
  consentResearch: boolean;
  locale: string;
}

export interface ResumeState {
  code: string;
  answers: Record<string, unknown>;
  locale: string;
  schoolId: number | null;
}

/** A failed call: `status` 0 means the network failed (offline), otherwise the api's error shape. */
export class PublicApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, string[]>,
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'omit',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new PublicApiError(0, 'offline', 'No connection');
  }
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string; details?: Record<string, string[]> };
  } | null;
  if (!response.ok) {
    throw new PublicApiError(
      response.status,
      json?.error?.code ?? 'unknown',
      json?.error?.message ?? `Error ${response.status}`,
      json?.error?.details,
    );
  }
  return json as T;
}

const enc = encodeURIComponent;

export const publicApi = {
  link: (code: string) => call<PublicLink>('GET', `/api/public/links/${enc(code)}`),
  organisations: () => call<PublicOrganisation[]>('GET', '/api/public/organisations'),
  /** 204 when the invitation can be used; 404 unknown, 409 used, 410 closed. */
  invitation: (token: string) => call<void>('GET', `/api/public/invitations/${enc(token.trim())}`),
  resume: (resumeCode: string) => call<ResumeState>('GET', `/api/public/resume/${enc(resumeCode.trim())}`),
  sendResponse: (body: ResponseBody) =>
    call<{ receiptCode: string; resumeCode?: string }>('POST', '/api/public/responses', body),
  sendStory: (body: StoryBody) => call<{ receiptCode: string }>('POST', '/api/public/stories', body),
  deleteReceipt: (receiptCode: string) => call<void>('DELETE', `/api/public/receipts/${enc(receiptCode.trim())}`),
};

/** The published results page and its link, typed by the api's own routes (types only: nothing is bundled). */
export type PublishedResults = InferResponseType<PublicRoutes['results'][':organisation'][':year']['$get'], 200>;
export type ResultsLink = InferResponseType<PublicRoutes['results'][':organisation']['$get'], 200>;
type PublicRoutes = ReturnType<typeof hc<AppType>>['api']['public'];

export const resultsApi = {
  page: (organisation: string, year: string, school?: string) =>
    call<PublishedResults>(
      'GET',
      `/api/public/results/${enc(organisation)}/${enc(year)}${school ? `/${enc(school)}` : ''}`,
    ),
  /** The newest published page of the organisation (with the school's part), for the thank-you page. */
  latest: (organisation: string, schoolId?: number) =>
    call<ResultsLink>('GET', `/api/public/results/${enc(organisation)}${schoolId ? `?school=${schoolId}` : ''}`),
};
