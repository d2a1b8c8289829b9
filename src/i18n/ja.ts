// 日本語のメッセージ。キーは en.ts と同一でなければならない（型検査で保証）。
import type { en } from './en.ts'

export const ja: typeof en = {
  migration_failed_before: (p) => `マイグレーション ${p.migration} は以前の実行で失敗し、未完了のままです。再度マイグレーションを行う前に、バックアップからデータベースを復元するか、ロールバック済みとして記録してください。`,
  migration_modified: (p) => `マイグレーション ${p.migration} は、このデータベースに適用された後に変更されています。適用済みのマイグレーションは編集できません。`,
  migration_unknown: (p) => `このデータベースには、本バージョンのアプリが認識しないマイグレーション（${p.migration}）が適用されています。より新しいバージョンで移行されたものと考えられます。`,
  database_unsupported: (p) => `DATABASE_URL「${p.url}」には対応していません。SQLite（既定の組込みデータベース）は file:パス、PostgreSQL は postgresql://… の形式で指定してください。`,
  database_unreachable: (p) => `データベースを開けません（${p.reason}）。`,
  file_not_found: (p) => `ファイルが見つかりません：${p.file}`,
  file_empty: (p) => `ファイル ${p.file} は空です。見出し行と1件以上の事業の行が必要です。`,
  file_not_utf8_sjis: (p) => `ファイル ${p.file} はUTF-8ではなく、Shift_JIS（Excelの既定の保存形式）と思われます。「CSV UTF-8」形式で保存し直すか、--encoding shift_jis を付けて再度実行してください。`,
  file_not_utf8: (p) => `ファイル ${p.file} は正しいUTF-8ではありません（${p.offset}バイト目に不正なバイトがあります）。「CSV UTF-8」形式で保存してください。`,
  csv_malformed: (p) => `${p.line}行目：CSVの形式に誤りがあります（${p.reason}）。`,
  csv_no_rows: (p) => `ファイル ${p.file} には見出し行しかなく、事業の行がありません。`,
  csv_missing_columns: (p) => `必須の列がありません：${p.columns}`,
  csv_unknown_columns: (p) => `不明な列があります：${p.columns}。列を削除するか、--ignore-unknown を付けて再度実行してください。`,
  csv_duplicate_columns: (p) => `見出し行で列名が重複しています：${p.columns}`,
  import_rejected: (p) => `取り込みは行いませんでした（${p.count}件の問題があります）。`,
  fy_invalid: (p) => `「${p.value}」は年度として認識できません。例：2022、FY2022、FY22、2022年度、令和4年度、R4`,
  usage: (p) => `${p.detail}`,
  internal_error: () => `システム側で問題が発生しました。変更は行われていません。もう一度お試しください。`,
}
