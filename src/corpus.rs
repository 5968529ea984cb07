//! Stage 4: the whole pipeline over many documents. (being implemented)
