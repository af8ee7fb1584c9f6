import v8 from 'node:v8'

// NOTE: imported first by the Node entry, before anything allocates. V8 "pretenures" an allocation
// site — allocates its objects straight into the old generation — once most of what it allocates
// survives a young collection. While sockets open, the objects each connection keeps survive, so
// sites shared with every chat turn (tRPC's, Kysely's, ours) were pretenured, and each turn's
// short-lived objects then went to the old generation as garbage: 6 MB/s at 200 turns/s with 500
// sockets, a major collection every 5–10 s, each holding the turns in flight for ≈ 100 ms on two
// cores. Without pretenuring: 2 MB/s and none in 40 s (decision 026). The flag is not allowed in
// NODE_OPTIONS, hence set here.
v8.setFlagsFromString('--no-allocation-site-pretenuring')
