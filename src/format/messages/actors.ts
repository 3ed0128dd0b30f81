import { message } from './message.js';

/** The words for actors: who did it. */
export const ACTORS_MESSAGES = {
  actorSystem: 'System',
  /** An event with no actor on a backend that never names some kinds of actor (Tesseral: SCIM, the vendor's backend). */
  actorHidden: 'No actor given',
  /** Says why, in the event's details. */
  actorHiddenHelp: 'This API does not say who did this: it names people and API keys only, so events by SCIM, by your vendor\'s backend or by the sign-in service come with no actor.',
  /** Who acted, in a summary sentence, when the backend does not say. */
  actorSomeone: 'Someone',
  actorScim: 'SCIM',
  actorBackend: 'Vendor backend',
  actorLogin: 'Login flow',
  /** An API key, by name. */
  actorApiKey: message<(name: string) => string>((name) => `API key “${name}”`),
  /** An SCIM key, by name. */
  actorScimNamed: message<(name: string) => string>((name) => `SCIM (${name})`),
  /** Marks an actor that no longer exists. */
  actorDeleted: 'deleted',
  /** Accessible text of the placeholder while an actor's name loads. */
  actorLoading: 'Loading actor name',
  /** A user acting in a session whose user id is not known. */
  actorUnknownUser: 'User session',
  /** Label of the full-instant tooltip of a time. */
  instant: 'Exact time',
};
