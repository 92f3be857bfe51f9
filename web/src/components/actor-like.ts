/** An actor as the pages know it: its code, and its name and flag once looked up. */
export interface ActorLike {
  code: string;
  name?: string | undefined;
  flag?: string | undefined;
}
