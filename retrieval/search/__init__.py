"""Search: lexical and dense rankings fused, a plan's evidence, the LangChain retriever."""
