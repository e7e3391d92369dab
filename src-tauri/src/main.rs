// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    let context = tauri::generate_context!("../tauri.conf.json");
    if let Err(error) = campaign_desk_app::run(context) {
        eprintln!("campaign-desk-app: {error}");
        std::process::exit(1);
    }
}
