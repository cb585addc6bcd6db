import { z } from 'zod';

/** The schema of a 204 answer, in a module of its own so that it can be imported lazily (see session.ts). */
export const NoContent = z.undefined();
