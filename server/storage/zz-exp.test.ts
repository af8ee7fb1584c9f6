import { mkdtemp } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { it } from 'vitest'
import { createS3Storage } from '/work/main/server/storage/s3-storage'
it('x', async () => {
  const S3rver = createRequire(import.meta.url)('s3rver')
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'exp-'))
  const s = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: tmp })
  const a = await s.run()
  const endpoint = `http://127.0.0.1:${a.port}`
  const c = new S3Client({ region: 'ap-south-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  await c.send(new CreateBucketCommand({ Bucket: 'b1' }))
  await c.send(new CreateBucketCommand({ Bucket: 'xxx' }))
  const st = createS3Storage({ bucket: 'b1', region: 'ap-south-1', endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' })
  try { await st.put('profile_photo/../../xxx/evil', Buffer.from('x'), 'text/plain') } catch (e) { console.log('put err', String(e)) }
  for (const b of ['b1', 'xxx']) console.log(b, JSON.stringify((await c.send(new ListObjectsV2Command({ Bucket: b }))).Contents?.map((o) => o.Key)))
  await s.close()
})
