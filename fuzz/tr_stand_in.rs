//! Shared by the fuzz targets that compile product files using `crate::tr!`.

/// The product's `tr!` looks a message up in the user's language; the
/// parser's texts do not matter to the fuzzer, so the stand-in gives the
/// message id (its variables still evaluated, so they type-check).
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        String::from($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        $( let _ = &$value; )+
        String::from($id)
    }};
}
