/** Where the build puts the search index, inside the build output folder (.next). */
export const INDEX_FILE_NAME = "search-index.bin";
