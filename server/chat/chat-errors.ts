import { DomainError } from '../domain-error'

/** The chat engine's domain errors (mapped to tRPC codes at the edge). */
export class ChatError extends DomainError {}

export class ChatNotFound extends ChatError {
  constructor() {
    super('NOT_FOUND', 'This conversation was not found')
  }
}

export class ChatFinished extends ChatError {
  constructor() {
    super('CONFLICT', 'This conversation is finished. Start a new chat to make changes.')
  }
}
