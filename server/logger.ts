import pino from 'pino'

export type Logger = pino.Logger

/**
 * One logger. JSON lines; cookies, auth headers and PII-bearing fields are redacted wherever they
 * appear, so a careless `log.info({ input })` cannot leak a mobile number or an Aadhaar.
 */
export function createLogger(level: string = 'info'): Logger {
  return pino({
    level,
    base: { app: 'aiviue' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.mobile',
        '*.aadhaar',
        '*.pan',
        '*.email',
        '*.password',
        'input',
        '*.input',
      ],
      censor: '[redacted]',
    },
  })
}
