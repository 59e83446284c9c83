import { DomainError } from "../domain-error.js";

/** A name the content does not have (language, bank, topic, question), or a question defined twice. */
export class ContentError extends DomainError {
  override name = "ContentError";
}
