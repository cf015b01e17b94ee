//! `uniffi-bindgen` at exactly the uniffi version the library's scaffolding uses.
//!
//! ```sh
//! cargo run -p signalenkaart-uniffi-bindgen -- generate --library <cdylib> --language kotlin --out-dir <dir>
//! ```

fn main() {
    uniffi::uniffi_bindgen_main()
}
