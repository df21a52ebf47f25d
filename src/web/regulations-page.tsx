import type { Principal } from '../access/index.js'
import { can } from '../access/index.js'
import type { Language } from '../http/context.js'
import { Layout } from './layout.js'

/** Search the regulations (everyone); upload official texts (ministry HR). */
export function RegulationsPage(props: {
  language: Language
  principal: Principal
  q: string | undefined
}) {
  const vi = props.language === 'vi'
  const q = props.q ?? ''
  return (
    <Layout
      language={props.language}
      title={vi ? 'Tra cứu quy định' : 'Regulations'}
      principal={props.principal}
      active="/regulations"
      scripts={['/assets/dashboard.js', '/assets/upload.js']}
    >
      <form class="card filters" method="get" action="/regulations">
        <label style="flex: 1">
          {vi ? 'Câu hỏi hoặc từ khóa' : 'A question or keywords'}
          <input
            name="q"
            value={q}
            placeholder={
              vi ? 'điều kiện tuổi bổ nhiệm lần đầu' : 'age condition for a first appointment'
            }
          />
        </label>
        <button type="submit">{vi ? 'Tìm' : 'Search'}</button>
      </form>
      {q.trim().length < 2 ? null : (
        <div class="card">
          <div
            data-source={`/api/regulations/search?limit=8&q=${encodeURIComponent(q)}`}
            data-render="regulations"
          ></div>
        </div>
      )}
      {can(props.principal, 'regulations:manage') ? (
        <form
          id="upload-form"
          class="card filters"
          method="post"
          action="/api/regulations"
          enctype="multipart/form-data"
        >
          <h2 style="width: 100%">
            {vi
              ? 'Thêm văn bản (.md, .txt, .docx, .pdf)'
              : 'Add a document (.md, .txt, .docx, .pdf)'}
          </h2>
          <input type="file" name="file" accept=".md,.txt,.docx,.pdf" required />
          <input
            name="number"
            placeholder={vi ? 'Số hiệu, ví dụ 135/2020/NĐ-CP' : 'Number, e.g. 135/2020/NĐ-CP'}
          />
          <input name="title" placeholder={vi ? 'Trích yếu' : 'Title'} />
          <button type="submit">{vi ? 'Tải lên' : 'Upload'}</button>
          <p id="upload-result" style="width: 100%"></p>
        </form>
      ) : null}
    </Layout>
  )
}
