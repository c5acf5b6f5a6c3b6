// Environment variables that name a directory the service writes to at run time: data, caches,
// uploads, state, logs. Sources: the naming conventions of twelve-factor services and of the Python
// libraries that read such variables (Hugging Face's HF_HOME, XDG_CACHE_HOME, Matplotlib's
// MPLCONFIGDIR). Read-only inputs (templates, static files, baked models) are not matched: a
// writable mount over them would hide the files the image carries.

/** A variable whose value is a directory the service writes, by its name. */
export const WRITABLE_DIR_VARIABLE =
  /^(?:[A-Z0-9]+_)*(?:DATA|CACHE|UPLOADS?|STORAGE|STATE|OUTPUT|LOGS?|WORK|TMP|TEMP|DB)_(?:DIR|DIRECTORY|FOLDER|PATH|ROOT)$|^(?:HF_HOME|XDG_CACHE_HOME|MPLCONFIGDIR)$/;
