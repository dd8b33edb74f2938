/* Server: the one error class — carries an HTTP status and a stable code for `{error: {code, message}}`. */

export interface ErrorPosition {
  line: number;
  column: number;
  offset: number;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly position?: ErrorPosition,
  ) {
    super(message);
  }

  static badRequest(code: string, message: string, position?: ErrorPosition): AppError {
    return new AppError(400, code, message, position);
  }

  static notFound(what: string, id: string): AppError {
    return new AppError(404, 'not_found', `${what} not found: ${id}`);
  }

  static unavailable(message = 'The graph database is unreachable; try again shortly.'): AppError {
    return new AppError(503, 'database_unavailable', message);
  }
}
