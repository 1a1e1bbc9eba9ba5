import type { AppType } from '@klankbord/api/app';
import { hc } from 'hono/client';

/** The typed client for the api: paths, inputs and outputs are checked against the server's routes. */
export const api = hc<AppType>('/').api;
