import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * An OpenAI-compatible server on 127.0.0.1 for tests, scripted by a function: it answers
 * /v1/chat/completions in whichever structured-output mode the client asked for (a JSON schema
 * in `response_format`, or a forced tool call) and /v1/embeddings with deterministic vectors
 * (base64 floats when asked). Every request is recorded, so a test can assert what a model was
 * (and was not) shown.
 */
export interface FakeLlmRequest {
  readonly path: string
  readonly body: Record<string, unknown>
  /** The body as received, for searching. */
  readonly raw: string
}

export type FakeLlmReply =
  /** The structured answer, delivered as JSON content or as tool-call arguments. */
  | { readonly structured: unknown }
  /** Raw assistant text, e.g. something that is not JSON. */
  | { readonly text: string }
  /** Never answer: the client's timeout must fire. */
  | { readonly hang: true }
  | { readonly status: number; readonly error: string }

export type FakeLlmScript = (request: FakeLlmRequest, index: number) => FakeLlmReply

export interface FakeLlm {
  /** Base URL including /v1, as OpenAI clients expect. */
  readonly baseUrl: string
  readonly requests: FakeLlmRequest[]
  /** Chat completion requests only. */
  chatRequests(): FakeLlmRequest[]
  close(): Promise<void>
}

export async function startFakeLlm(script: FakeLlmScript, dimensions = 8): Promise<FakeLlm> {
  const requests: FakeLlmRequest[] = []
  let chats = 0
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const request = { path: req.url ?? '', body: parseBody(raw), raw }
      requests.push(request)
      if (request.path.endsWith('/embeddings'))
        return send(res, 200, embed(request.body, dimensions))
      if (!request.path.endsWith('/chat/completions'))
        return send(res, 404, { error: { message: 'not found' } })
      const reply = script(request, chats++)
      if ('hang' in reply) return
      if ('status' in reply)
        return send(res, reply.status, { error: { message: reply.error, type: 'fake' } })
      send(res, 200, completion(request.body, reply))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((r) => r.path.endsWith('/chat/completions')),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function parseBody(raw: string): Record<string, unknown> {
  try {
    return JSON.parse(raw) as Record<string, unknown>
  } catch {
    return {}
  }
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

interface Tool {
  readonly function?: { readonly name?: string }
}

function completion(
  body: Record<string, unknown>,
  reply: { structured: unknown } | { text: string },
) {
  const tools = (body.tools as Tool[] | undefined) ?? []
  const toolName = tools[0]?.function?.name
  const asTool = 'structured' in reply && toolName !== undefined
  const content = 'text' in reply ? reply.text : JSON.stringify(reply.structured)
  const message = asTool
    ? {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_fake_1', type: 'function', function: { name: toolName, arguments: content } },
        ],
      }
    : { role: 'assistant', content }
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 0,
    model: typeof body.model === 'string' ? body.model : 'fake',
    choices: [{ index: 0, message, finish_reason: asTool ? 'tool_calls' : 'stop' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  }
}

/** A vector from a hash of the text: equal texts embed equally, different ones differ. */
function embed(body: Record<string, unknown>, dimensions: number) {
  const inputs = Array.isArray(body.input) ? body.input : [body.input]
  const data = inputs.map((input, index) => {
    const digest = createHash('sha256').update(String(input)).digest()
    const vector = Float32Array.from(
      { length: dimensions },
      (_, i) => (digest[i % digest.length]! - 128) / 128,
    )
    const embedding =
      body.encoding_format === 'base64'
        ? Buffer.from(vector.buffer).toString('base64')
        : Array.from(vector)
    return { object: 'embedding', index, embedding }
  })
  return { object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } }
}
