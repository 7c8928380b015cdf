//! Reading filled verification forms back (see `noticegen replies collect`).
