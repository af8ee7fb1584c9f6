import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { assertStorageKey, STORAGE_KEY_RE, streamToBuffer, type FileStorage } from './storage'

export type S3Config = {
  bucket: string
  region: string
  endpoint?: string
  accessKeyId?: string
  secretAccessKey?: string
}

export function createS3Storage(cfg: S3Config): FileStorage {
  const client = new S3Client({
    region: cfg.region,
    endpoint: cfg.endpoint,
    // S3-compatible stores (MinIO, R2, s3rver) address buckets by path
    forcePathStyle: Boolean(cfg.endpoint),
    credentials: cfg.accessKeyId && cfg.secretAccessKey ? { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey } : undefined,
  })
  const check = assertStorageKey
  return {
    async put(key, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket: cfg.bucket, Key: check(key), Body: body, ContentType: contentType }))
    },
    async get(key) {
      const out = await client.send(new GetObjectCommand({ Bucket: cfg.bucket, Key: check(key) }))
      if (!out.Body) throw new Error('empty object')
      return streamToBuffer(out.Body as AsyncIterable<Uint8Array>)
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: cfg.bucket, Key: check(key) }))
    },
    async *list() {
      let token: string | undefined
      do {
        const out = await client.send(new ListObjectsV2Command({ Bucket: cfg.bucket, ContinuationToken: token, MaxKeys: 1000 }))
        // the bucket may hold other things: only keys shaped like ours are listed
        yield (out.Contents ?? [])
          .filter((o) => o.Key && STORAGE_KEY_RE.test(o.Key))
          .map((o) => ({ key: o.Key as string, modifiedAt: o.LastModified ?? new Date(0) }))
        token = out.IsTruncated ? out.NextContinuationToken : undefined
      } while (token)
    },
  }
}
