export {
  answerFromSearch,
  answerRegulationQuestion,
  type RegulationAnswer,
  type RegulationQuestion,
} from './answer.js'
export {
  type CommandOptions,
  REGULATIONS_INGEST_USAGE,
  REGULATIONS_REINDEX_USAGE,
  regulationsIngestCommand,
  regulationsReindexCommand,
} from './commands.js'
export { ABSTAIN_BELOW, assessConfidence, type Confidence } from './confidence.js'
export {
  deleteDocument as deleteRegulationDocument,
  listDocuments as listRegulationDocuments,
} from './documents.repository.js'
export {
  type Embedder,
  embedderFromLangChain,
  type EmbeddingsFactory,
  type LangChainEmbeddings,
  selectEmbedder,
} from './embedder.js'
export { SUPPORTED_EXTENSIONS } from './extract.js'
export {
  ingestRegulationFile,
  type IngestResult,
  prepareRegulationFile,
  type RegulationFileInput,
} from './ingest.js'
export {
  createLocalEmbedder,
  embedLocally,
  LOCAL_DIMENSIONS,
  LOCAL_EMBEDDING_MODEL,
} from './local-embedder.js'
export { type RegulationMetadata, regulationMetadataSchema } from './metadata.js'
export { analyzeQuery, type AnalyzedQuery } from './query.js'
export { reindexRegulations } from './reindex.js'
export { looksLikeRegulationQuestion } from './router.js'
export { MAX_UPLOAD_BYTES, type RegulationRouteOptions, regulationRoutes } from './routes.js'
export {
  type RegulationHit,
  type RegulationSearch,
  searchRegulations,
  type SearchOptions,
} from './search.js'
export { type LegalChunk, splitLegalText } from './split.js'
export {
  ingestStarterCorpus,
  STARTER_CORPUS_DIR,
  type StarterCorpusResult,
} from './starter-corpus.js'
export { type DocumentStatus, STATUS_LABELS, statusAt } from './status.js'
