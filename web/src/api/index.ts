/** The API client: every call the app makes goes through a function here. */
export { ApiError, errorMessage, queryString, request, CSRF_HEADER } from './client.js';
export type { Query, QueryValue, RequestOptions } from './client.js';
export { currentUser, signIn, signOut, signUp } from './auth.js';
export { getActor, searchActors } from './actors.js';
export { eventsDownloadUrl, getDocument, getEvent, listDocuments, listEvents } from './events.js';
export { correctionsExportUrl, createAnnotation, getAnnotation, deleteAnnotation, listAnnotations, updateAnnotation } from './annotations.js';
export type { AnnotationFilter } from './annotations.js';
export type * from './types.js';
export { pasteDocument, uploadFiles } from './upload.js';
export type { UploadProgress } from './upload.js';
export { getDyadView, toDyadView } from './dyads.js';
export type { DyadAlertView, DyadChange, DyadPoint, DyadView, Granularity } from './dyads.js';
export { briefId, briefUrl, getBrief } from './briefs.js';
export type { BriefWindow } from './briefs.js';
