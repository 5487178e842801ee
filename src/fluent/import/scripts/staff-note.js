// The red-flag note agents see in the banner; an empty Note keeps the note on record (copy empty fields is off).
answer = (function transformEntry(source) {
    return String(source.u_note || '').trim();
})(source);
