<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>ActionsPage</name>
    <message>
      <location filename="ces_planner/labels.py" line="35" />
      <source>Actions</source>
      <translation>アクション</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="117" />
      <source>People</source>
      <translation>担当者</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="385" />
      <source>Owner</source>
      <translation>担当者</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="420" />
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="548" />
      <source>Area</source>
      <translation>領域</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="695" />
      <source>Import</source>
      <translation>取り込み</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="670" />
      <source>Only &amp;overdue</source>
      <translation>期限切れのみ(&amp;O)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="674" />
      <source>Any status</source>
      <translation>すべてのステータス</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="677" />
      <source>Any area</source>
      <translation>すべての領域</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="692" />
      <source>Find in titles and notes (Ctrl+F)</source>
      <translation>タイトルとメモを検索（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="715" />
      <source>Export to Excel…</source>
      <translation>Excel に書き出す…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="717" />
      <source>Import from Excel or CSV…</source>
      <translation>Excel または CSV から取り込む…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="719" />
      <source>Save a calendar (.ics)…</source>
      <translation>カレンダーを保存（.ics）…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="814" />
      <source>Import the action table</source>
      <translation>アクション表を取り込む</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="875" />
      <source>Anyone</source>
      <translation>全員</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="699" />
      <source>Sort by</source>
      <translation>並べ替え</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="790" />
      <source>Export the action table</source>
      <translation>アクション表を書き出す</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="805" />
      <source>Save a calendar</source>
      <translation>カレンダーを保存</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="796" />
      <source>Export</source>
      <translation>書き出し</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="799" />
      <source>Saved {0}</source>
      <translation>{0} を保存しました</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="811" />
      <source>Calendar</source>
      <translation>カレンダー</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="835" />
      <source>Import the rows that can be read?</source>
      <translation>読み込める行だけを取り込みますか？</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="860" />
      <source>New people: {0}</source>
      <translation>新しい担当者: {0}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="854" />
      <source>{0} added, {1} updated, {2} unchanged</source>
      <translation>追加 {0} 件、更新 {1} 件、変更なし {2} 件</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="831" />
      <source>Some rows cannot be imported:</source>
      <translation>取り込めない行があります:</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="771" />
      <source>Overdue: {0}  ·  showing {1} of {2}</source>
      <translation>期限切れ: {0}  ·  {2} 件中 {1} 件を表示</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="825" />
      <source>Row {0}: {1}</source>
      <translation>{0} 行目: {1}</translation>
    </message>
  </context>
  <context>
    <name>ChannelsPage</name>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="473" />
      <source>prefers {0}; uses {1}</source>
      <translation>希望は {0}、実際の利用は {1}</translation>
    </message>
  </context>
  <context>
    <name>ContactReasonsPage</name>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="75" />
      <source>Add them to the plan</source>
      <translation>プランに追加する</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="77" />
      <source>Matrix on the whole screen (F11)</source>
      <translation>マトリクスを全画面で表示（F11）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="79" />
      <source>Show the matrix on the whole screen, every reason named, for the team</source>
      <translation>チームで見られるよう、すべての理由の名前を付けてマトリクスを全画面に表示します</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="184" />
      <source>The contact log has reasons this plan lacks: {0}</source>
      <translation>問い合わせログには、このプランにない理由があります: {0}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="194" />
      <source>Pareto: {0} of {1} reasons make up 80 % of contacts. Points on the matrix are sized by volume.</source>
      <translation>パレート: {1} 件の理由のうち {0} 件で問い合わせの 80 % を占めます。マトリクスの点の大きさは件数を表します。</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="ces_planner/ui/widgets/date_field.py" line="18" />
      <source>“{0}” is not a date; type it as 2027-12-31, 31/12/2027 or 31 Dec 2027.</source>
      <translation>「{0}」は日付として読めません。2027-12-31、2027/12/31、2027年12月31日のように入力してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/widgets/date_field.py" line="43" />
      <source>no date (type 2027-12-31 or 31 Dec 2027)</source>
      <translation>日付なし（2027-12-31 や 2027年12月31日 と入力）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/widgets/date_field.py" line="45" />
      <source>Type a date (2027-12-31, 31/12/2027, 31 Dec 2027) or press Alt+Down for the calendar; empty means no date.</source>
      <translation>日付を入力するか（2027-12-31、2027/12/31、2027年12月31日）、Alt+↓ でカレンダーを開きます。空欄は日付なしです。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/widgets/date_field.py" line="53" />
      <source>Choose from a calendar (Alt+Down)</source>
      <translation>カレンダーから選ぶ (Alt+↓)</translation>
    </message>
  </context>
  <context>
    <name>EvidencePage</name>
    <message>
      <location filename="ces_planner/reports/document.py" line="288" />
      <source>Segment</source>
      <translation>セグメント</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="379" />
      <source>Contact reason</source>
      <translation>問い合わせ理由</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="445" />
      <source>Channel</source>
      <translation>チャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="773" />
      <source>Evidence from contact records</source>
      <translation>問い合わせ記録に基づく根拠</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="668" />
      <source>answered within the threshold ÷ answered</source>
      <translation>閾値以内に応答 ÷ 応答</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="669" />
      <source>answered within the threshold ÷ offered (abandoned contacts count as missed)</source>
      <translation>閾値以内に応答 ÷ 着信（放棄は未達として数える）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="672" />
      <source>answered within the threshold ÷ answered and abandoned, leaving out abandons shorter than 5 seconds</source>
      <translation>閾値以内に応答 ÷（応答＋放棄）。5 秒未満の放棄は除く</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="684" />
      <source>AHT (s)</source>
      <translation>AHT（秒）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="695" />
      <source>ASA (s)</source>
      <translation>ASA（秒）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="696" />
      <source>Abandon rate</source>
      <translation>放棄率</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="697" />
      <source>FCR</source>
      <translation>一次解決率</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="698" />
      <source>CSAT</source>
      <translation>CSAT</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="699" />
      <source>Effort score</source>
      <translation>エフォートスコア</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="719" />
      <source>Contacts</source>
      <translation>件数</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="720" />
      <source>Share</source>
      <translation>割合</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="841" />
      <source>Staffing</source>
      <translation>人員配置</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="517" />
      <source>&lt;p&gt;Evidence turns opinions into figures. Import a contact log exported from your telephony, CRM or ticketing tool (CSV or Excel, one row per contact): the app counts contacts per reason and channel, repeat contacts, service level, arrivals by half hour, contacts that arrive while a channel is closed, and the agents each half hour needs (Erlang C).&lt;/p&gt;</source>
      <translation>&lt;p&gt;根拠データは意見を数字に変えます。電話システム、CRM、チケット管理ツールから書き出した問い合わせログ（CSV または Excel、1 行に 1 件）を取り込むと、理由別・チャネル別の件数、再問い合わせ、サービスレベル、30 分ごとの着信数、受付時間外に届いた問い合わせ、各 30 分に必要なオペレーター数（アーラン C）を算出します。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="526" />
      <source>&amp;Import a contact log…</source>
      <translation>問い合わせログを取り込む(&amp;I)…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="531" />
      <source>&amp;Remove the contact log…</source>
      <translation>問い合わせログを削除(&amp;R)…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="533" />
      <source>Erase the imported contacts from the plan file; the plan's records stay.</source>
      <translation>取り込んだ問い合わせをプランファイルから消去します。プランの記録は残ります。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="542" />
      <source>Settings of this plan's figures</source>
      <translation>このプランの数値の設定</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="581" />
      <source>Service-level formula</source>
      <translation>サービスレベルの計算方法</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="600" />
      <source>&lt;h3&gt;No contact log in this plan yet&lt;/h3&gt;&lt;p&gt;Export the contacts of a recent period from your telephony, CRM or ticketing tool, as CSV or Excel with one row per contact, and import the file here. Three columns are enough: when each contact arrived, its channel and its reason. Customer, segment, handle and waiting times, abandons, resolution and survey scores each add figures.&lt;/p&gt;&lt;p&gt;The log is kept inside the plan file, on this computer. Until one is imported, the plan rests on the team's judgement alone.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;このプランにはまだ問い合わせログがありません&lt;/h3&gt;&lt;p&gt;電話システム、CRM、チケット管理ツールから最近の期間の問い合わせを、1 行に 1 件の CSV または Excel で書き出し、ここで取り込んでください。必要な列は 3 つだけです：各問い合わせの受付日時、チャネル、問い合わせ理由。顧客、セグメント、対応時間と待ち時間、放棄、解決、アンケートの点数があれば、そのぶん数字が増えます。&lt;/p&gt;&lt;p&gt;ログはこのコンピューター上のプランファイルの中に保存されます。取り込むまでは、プランはチームの判断だけに基づきます。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="626" />
      <source>Import a contact log</source>
      <translation>問い合わせログを取り込む</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="628" />
      <source>Contact logs (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
      <translation>問い合わせログ (*.csv *.txt *.tsv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="695" />
      <source>Import</source>
      <translation>取り込み</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="708" />
      <source>Nothing has changed yet. Checking the columns chosen usually helps.</source>
      <translation>まだ何も変わっていません。選んだ列を確かめると解決することが多いです。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="710" />
      <source>Import anyway</source>
      <translation>取り込む</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="745" />
      <source>Remove the contact log</source>
      <translation>問い合わせログの削除</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="764" />
      <source>Removing the contact log…</source>
      <translation>問い合わせログを削除しています…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="910" />
      <source>By reason</source>
      <translation>理由別</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="939" />
      <source>By channel</source>
      <translation>チャネル別</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="949" />
      <source>Segments × channels</source>
      <translation>セグメント × チャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="546" />
      <source>Time zone of the centre</source>
      <translation>センターのタイムゾーン</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="547" />
      <source>Repeat-contact window (days)</source>
      <translation>再問い合わせの期間（日）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="548" />
      <source>Service-level threshold (seconds)</source>
      <translation>サービスレベルの閾値（秒）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="549" />
      <source>Currency</source>
      <translation>通貨</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="550" />
      <source>Cost per agent hour</source>
      <translation>オペレーター 1 時間あたりのコスト</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="678" />
      <source>Importing {0}…</source>
      <translation>{0} を取り込んでいます…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="879" />
      <source>The log gives dates only: arrivals by interval and outside-hours figures are left out.</source>
      <translation>ログには日付しかありません。時間帯ごとの到着数と営業時間外の数値は除いています。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="891" />
      <source>Repeat rate</source>
      <translation>再問い合わせ率</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="976" />
      <source>No handle times for this channel, so staffing cannot be sized.</source>
      <translation>このチャネルには処理時間がないため、人員を算出できません。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="841" />
      <source>Reading the plan's contact log…</source>
      <translation>プランの問い合わせログを読み込んでいます…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="720" />
      <source>Imported {0} contacts from {1}.</source>
      <translation>{1} から {0} 件の問い合わせを取り込みました。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="746" />
      <source>Remove {0} ({1} contacts) from this plan? Its contacts are erased from the plan file, and the figures computed from them go too; the plan's own records stay. This cannot be undone.</source>
      <translation>{0}（{1} 件）をこのプランから削除しますか？問い合わせはプランファイルから消去され、そこから算出した数値もなくなります。プラン自体の記録は残ります。元に戻すことはできません。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="848" />
      <source>From {0} (contacts made up for the sample plan), imported {1}</source>
      <translation>出典: {0}（サンプルプラン用の架空の問い合わせ、{1} に取り込み）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="850" />
      <source>From {0}, imported {1}</source>
      <translation>出典: {0}（{1} に取り込み）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="920" />
      <source>Service level ({0} s)</source>
      <translation>サービスレベル（{0} 秒）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="1031" />
      <source>Warning: planned occupancy reaches {0}; above 85 % agents burn out.</source>
      <translation>注意: 計画上の稼働率が {0} に達します。85 % を超えるとオペレーターが疲弊します。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="996" />
      <source>{0} contacts a week arrive while the channel is closed; answering them would take {1} more agent hours a week.</source>
      <translation>受付時間外に届く問い合わせが週に {0} 件あります。これに応えるには週 {1} 時間の人員が追加で必要です。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="644" />
      <source>{0} cannot be read as a contact log ({1}).</source>
      <translation>{0} は問い合わせログとして読み取れません（{1}）。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="727" />
      <source>{0} rows not read: {1} (e.g. line {2})</source>
      <translation>{0} 行を読み込めませんでした: {1}（例: {2} 行目）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="1011" />
      <source>At {0} an agent hour: {1} a week within today's hours; answering every contact when it arrives would cost {2} a week more.</source>
      <translation>エージェント 1 時間あたり {0} の場合: 現在の受付時間内で週 {1}。届いたときにすべて応対するには、さらに週 {2} かかります。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="1021" />
      <source>Allowing for callers who hang up (mean patience {0} s, Erlang A): {1} agent hours a week instead of {2}.</source>
      <translation>途中で電話を切るお客さまを考慮すると（平均待ち許容 {0} 秒、アーラン A）、週 {2} 時間ではなく {1} 時間で足ります。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="984" />
      <source>Average week over {0} weeks, AHT {1} s, 80 % answered in {2} s, 30 % shrinkage: {3} scheduled agent hours a week within today's hours.</source>
      <translation>{0} 週間の平均的な 1 週間、AHT {1} 秒、{2} 秒以内応答 80 %、シュリンケージ 30 %: 現在の受付時間内で週 {3} 時間の配置が必要です。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="697" />
      <source>{0} of the {1} rows of {2} could not be read (most often: {3}). Import the {4} contacts that could, in place of the plan's contact log?</source>
      <translation>{2} の {1} 行のうち {0} 行が読めませんでした（最も多い理由: {3}）。読めた {4} 件の問い合わせを、計画の問い合わせログと置き換えて取り込みますか？</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="860" />
      <source>{0} contacts from {1} to {2} · repeat-contact rate ({3} days): {4} · arrived while closed: {5}</source>
      <translation>{1} から {2} までの問い合わせ {0} 件 · 再問い合わせ率（{3} 日）: {4} · 受付時間外: {5}</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="62" />
      <source>Export the strategy</source>
      <translation>戦略を書き出す</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="76" />
      <source>Browse…</source>
      <translation>参照…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="81" />
      <source>Record a snapshot named</source>
      <translation>次の名前でスナップショットを記録</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="87" />
      <source>Later you can see what changed in the plan since this document was sent.</source>
      <translation>この文書を送った後にプランのどこが変わったかを、あとで確認できます。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="92" />
      <source>&amp;Format</source>
      <translation>形式(&amp;F)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="93" />
      <source>Save to</source>
      <translation>保存先</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="101" />
      <source>Preview of the PDF pages</source>
      <translation>PDF ページのプレビュー</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="102" />
      <source>&amp;Refresh preview</source>
      <translation>プレビューを更新(&amp;R)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="106" />
      <source>&amp;Export</source>
      <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="128" />
      <source>Export to</source>
      <translation>書き出し先</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="146" />
      <source>Preparing the preview…</source>
      <translation>プレビューを準備しています…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="170" />
      <source>Exporting…</source>
      <translation>書き出しています…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="176" />
      <source>Export finished</source>
      <translation>書き出しが完了しました</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="180" />
      <source>&amp;Open the file</source>
      <translation>ファイルを開く(&amp;O)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="83" />
      <source>Sent to leadership {0}</source>
      <translation>経営層へ送付 {0}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="157" />
      <source>Preview: {0} pages</source>
      <translation>プレビュー: {0} ページ</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/export_dialog.py" line="177" />
      <source>Saved {0}.</source>
      <translation>{0} を保存しました。</translation>
    </message>
  </context>
  <context>
    <name>Guidance</name>
    <message>
      <location filename="ces_planner/ui/guidance.py" line="17" />
      <source>&lt;p&gt;Start with why the contact centre exists. Name the organisation strategy or mission this plan serves, then write the summary a director would read first: what changes, what it costs, and what it earns.&lt;/p&gt;&lt;p&gt;The rings in the navigator show how complete each area is; the list on the right says what is still missing.&lt;/p&gt;</source>
      <translation>&lt;p&gt;まず、コンタクトセンターが何のためにあるのかから始めます。このプランが支える組織の戦略やミッションを書き、経営層が最初に読むサマリーを書きましょう。何が変わり、何にいくらかかり、何を生むのか。&lt;/p&gt;&lt;p&gt;ナビゲーターのリングは各領域の完成度を示し、右の一覧はまだ足りないものを示します。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/guidance.py" line="24" />
      <source>&lt;p&gt;&lt;b&gt;Who contacts us?&lt;/b&gt; Group customers by what sets them apart: consumer or business, new or long-standing, age band, region, language.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Which traits and preferences differ between groups?&lt;/li&gt;&lt;li&gt;Which channels does each group prefer?&lt;/li&gt;&lt;li&gt;What more could we learn about them, and from which source?&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;誰が問い合わせてくるのか。&lt;/b&gt; 顧客を違いで分けます。個人か法人か、新規か長年の顧客か、年代、地域、言語など。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;グループごとにどんな特徴や好みの違いがあるか。&lt;/li&gt;&lt;li&gt;各グループはどのチャネルを好むか。&lt;/li&gt;&lt;li&gt;ほかに何を、どこから知ることができるか。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/guidance.py" line="31" />
      <source>&lt;p&gt;&lt;b&gt;Do some customers get a different service?&lt;/b&gt; Perhaps because they pay for it, hold a premium tier, or matter more to the business.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Which segments are priority or premium, and why?&lt;/li&gt;&lt;li&gt;What exactly do we promise them?&lt;/li&gt;&lt;li&gt;Is their service really better today, and how could it be?&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;異なるサービスを受ける顧客はいるか。&lt;/b&gt; 料金を払っている、上位の会員区分にいる、事業にとってより重要である、などの理由で。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;どのセグメントが優先・プレミアムで、それはなぜか。&lt;/li&gt;&lt;li&gt;具体的に何を約束しているか。&lt;/li&gt;&lt;li&gt;今のサービスは本当に良いか。どうすればもっと良くなるか。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/guidance.py" line="38" />
      <source>&lt;p&gt;&lt;b&gt;Why do customers get in touch?&lt;/b&gt; Some reasons earn money (orders, upgrades), some only cost (complaints, chasing), and some could be removed at the root.&lt;/p&gt;&lt;p&gt;Rate each reason by its value to the customer and to the company (1-5). Low on both: &lt;b&gt;eliminate&lt;/b&gt; it. Valued by customers but costly: &lt;b&gt;automate&lt;/b&gt;. Valued by the company but an irritant to customers: &lt;b&gt;simplify&lt;/b&gt;. Valued by both: &lt;b&gt;leverage&lt;/b&gt; it. Drag the points on the matrix to rate them.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;顧客はなぜ問い合わせてくるのか。&lt;/b&gt; 売上を生む理由（注文、アップグレード）、コストだけがかかる理由（苦情、催促）、根本から無くせる理由があります。&lt;/p&gt;&lt;p&gt;各理由を顧客にとっての価値と会社にとっての価値で評価します（1〜5）。両方低ければ&lt;b&gt;排除&lt;/b&gt;、顧客には価値があるがコストがかかるなら&lt;b&gt;自動化&lt;/b&gt;、会社には価値があるが顧客のイライラの種なら&lt;b&gt;簡素化&lt;/b&gt;、両方に価値があれば&lt;b&gt;活用&lt;/b&gt;します。マトリクス上の点をドラッグして評価できます。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/guidance.py" line="47" />
      <source>&lt;p&gt;&lt;b&gt;How can customers reach us?&lt;/b&gt; List the channels offered today and those planned, self-service included.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Does each segment find the channels it prefers?&lt;/li&gt;&lt;li&gt;Do the planned channels make us easier to deal with and more efficient?&lt;/li&gt;&lt;li&gt;When will planned channels launch?&lt;/li&gt;&lt;/ul&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;顧客はどうやって連絡してくるのか。&lt;/b&gt; 現在提供しているチャネルと、セルフサービスを含む計画中のチャネルを挙げます。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;各セグメントは好みのチャネルを見つけられるか。&lt;/li&gt;&lt;li&gt;計画中のチャネルは、顧客にとって使いやすく、効率を高めるか。&lt;/li&gt;&lt;li&gt;計画中のチャネルはいつ開始するか。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/guidance.py" line="54" />
      <source>&lt;p&gt;&lt;b&gt;When can customers reach a person or a service?&lt;/b&gt; Paint each channel's opening hours on the weekly grid (drag to open, drag from an open cell to close), and add holidays and other exceptions.&lt;/p&gt;&lt;p&gt;Do the hours fit when customers want to contact us, and what those contacts are worth? A channel with no hours is treated as open around the clock.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;顧客はいつ人やサービスにつながるのか。&lt;/b&gt; 週間グリッドに各チャネルの受付時間を塗ります（ドラッグで開く、開いたセルからドラッグで閉じる）。祝日などの例外も追加します。&lt;/p&gt;&lt;p&gt;受付時間は、顧客が連絡したい時間や問い合わせの価値に合っているか。受付時間のないチャネルは 24 時間受付として扱います。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/guidance.py" line="61" />
      <source>&lt;p&gt;&lt;b&gt;How will we know the strategy works?&lt;/b&gt; Choose measures that reflect both the customer's experience and the business: satisfaction, customer effort, repeat contacts, first-contact resolution, service level, cost per contact.&lt;/p&gt;&lt;p&gt;Give each its value today, a target and a date.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;戦略が機能していることをどう確かめるか。&lt;/b&gt; 顧客体験と事業の両方を映す指標を選びます。満足度、カスタマーエフォート、再問い合わせ、一次解決、サービスレベル、1 件あたりのコストなど。&lt;/p&gt;&lt;p&gt;それぞれに現在値、目標値、期日を設定します。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/guidance.py" line="67" />
      <source>&lt;p&gt;&lt;b&gt;What do we learn every day that others need?&lt;/b&gt; Counted complaints and contact reasons can improve products, packaging, delivery, billing and marketing.&lt;/p&gt;&lt;p&gt;Record each insight, its evidence, and which department receives it.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;他部門に必要な、日々の気づきは何か。&lt;/b&gt; 苦情や問い合わせ理由を数えれば、商品、梱包、配送、請求、マーケティングを改善できます。&lt;/p&gt;&lt;p&gt;インサイトごとに根拠と共有先の部門を記録します。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/guidance.py" line="73" />
      <source>&lt;p&gt;The questions for the team workshop. Capture notes and the decisions taken; add your own questions and reorder them to suit the session.&lt;/p&gt;</source>
      <translation>&lt;p&gt;チームのワークショップで話し合う問いです。メモと決定事項を記録し、独自の問いを追加したり、進め方に合わせて並べ替えたりできます。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/guidance.py" line="77" />
      <source>&lt;p&gt;Every decision needs an owner and a date. Preparation actions come from the method; workshop actions come from the team's decisions.&lt;/p&gt;</source>
      <translation>&lt;p&gt;決定にはすべて担当者と期限が必要です。準備アクションはこの手法から、ワークショップのアクションはチームの決定から生まれます。&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>HoursGrid</name>
    <message>
      <location filename="ces_planner/ui/widgets/hours_grid.py" line="46" />
      <source>Weekly opening hours grid</source>
      <translation>週間受付時間グリッド</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/widgets/hours_grid.py" line="48" />
      <source>Drag to open or close half hours. Keyboard: arrows move, Space toggles.</source>
      <translation>ドラッグで 30 分単位に開閉します。キーボード: 矢印で移動、スペースで切り替え。</translation>
    </message>
  </context>
  <context>
    <name>HoursPage</name>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="216" />
      <source>&amp;Channel</source>
      <translation>チャネル(&amp;C)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="231" />
      <source>Holidays and other exceptions</source>
      <translation>祝日などの例外</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="283" />
      <source>Add a channel on the Channels page first.</source>
      <translation>先に［コンタクトチャネル］ページでチャネルを追加してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="304" />
      <source>Their reasons, by value: {0}</source>
      <translation>その問い合わせ理由の価値別の内訳: {0}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="286" />
      <source>No hours set: treated as open around the clock (168 h a week).</source>
      <translation>受付時間が未設定です: 24 時間受付（週 168 時間）として扱います。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="289" />
      <source>Open {0} hours a week</source>
      <translation>週 {0} 時間受付</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="276" />
      <source>{0} logged contacts ({1}) arrived while closed (shaded red)</source>
      <translation>記録された問い合わせのうち {0} 件（{1}）が受付時間外に届いています（赤の網掛け）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="307" />
      <source>reasons not in the plan</source>
      <translation>プランにない理由</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="189" />
      <source>(choose the columns below)</source>
      <translation>（下で列を選ぶ）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="193" />
      <source>Platform preset</source>
      <translation>プラットフォームのプリセット</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="195" />
      <source>for files without a channel column</source>
      <translation>チャネル列のないファイル向け</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="197" />
      <source>Default channel</source>
      <translation>既定のチャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="206" />
      <source>Dates like 03/05/2024</source>
      <translation>03/05/2024 のような日付</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="209" />
      <source>Load a profile…</source>
      <translation>プロファイルを読み込む…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="211" />
      <source>Save as profile…</source>
      <translation>プロファイルとして保存…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="255" />
      <source>&amp;Import</source>
      <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="260" />
      <source>Which column holds each field (* required)</source>
      <translation>各項目に対応する列（* は必須）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="268" />
      <source>The first rows of the file</source>
      <translation>ファイルの先頭の行</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="271" />
      <source>How the first rows will be read</source>
      <translation>先頭の行の読み取り結果</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="200" />
      <source>Tell from the file</source>
      <translation>ファイルから判断</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="201" />
      <source>Month first (03/05 = 5 March)</source>
      <translation>月が先（03/05 = 3月5日）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="202" />
      <source>Day first (03/05 = 3 May)</source>
      <translation>日が先（03/05 = 5月3日）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="220" />
      <source>(not in this file)</source>
      <translation>（このファイルにはない）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="336" />
      <source>Load a profile</source>
      <translation>プロファイルを読み込む</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="356" />
      <source>Save as profile</source>
      <translation>プロファイルとして保存</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="172" />
      <source>Import {0}</source>
      <translation>{0} を取り込む</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="418" />
      <source>Duration units: {0}</source>
      <translation>時間の単位: {0}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="447" />
      <source>Choose a column for: {0}</source>
      <translation>次の項目の列を選んでください: {0}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="451" />
      <source>(a log of one channel: type it as the default channel)</source>
      <translation>（チャネルが一つのログなら、既定のチャネルに入力してください）</translation>
    </message>
  </context>
  <context>
    <name>IntelligencePage</name>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="576" />
      <source>What the contact log suggests</source>
      <translation>問い合わせログからの示唆</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="611" />
      <source>Add as an insight</source>
      <translation>インサイトとして追加</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="ces_planner/reports/document.py" line="528" />
      <source>Evidence</source>
      <translation>根拠</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/backups_dialog.py" line="52" />
      <source>Restore from backup</source>
      <translation>バックアップから復元</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="189" />
      <source>&amp;New plan…</source>
      <translation>新しいプラン(&amp;N)…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="191" />
      <source>New from the &amp;sample plan…</source>
      <translation>サンプルプランから新規作成(&amp;S)…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="193" />
      <source>&amp;Open…</source>
      <translation>開く(&amp;O)…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="195" />
      <source>Save &amp;as…</source>
      <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="198" />
      <source>Copy the plan to a new file and continue there</source>
      <translation>プランを新しいファイルにコピーし、そちらで作業を続けます</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="201" />
      <source>Save a &amp;copy…</source>
      <translation>コピーを保存(&amp;C)…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="204" />
      <source>Copy the plan and keep working here</source>
      <translation>プランをコピーし、このまま作業を続けます</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="207" />
      <source>Restore from &amp;backup…</source>
      <translation>バックアップから復元(&amp;B)…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="210" />
      <source>Put back a copy the app kept of this plan</source>
      <translation>アプリが保存したこの計画のコピーに戻す</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="213" />
      <source>&amp;Export the strategy…</source>
      <translation>戦略を書き出す(&amp;E)…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="216" />
      <source>Word, PDF, Excel or web page for leadership</source>
      <translation>経営層向けの Word、PDF、Excel、Web ページ</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="219" />
      <source>&amp;Workshop mode</source>
      <translation>ワークショップモード(&amp;W)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="222" />
      <source>The discussion full screen, for a projector</source>
      <translation>議論をプロジェクター向けに全画面で表示します</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="224" />
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="225" />
      <source>&amp;Undo</source>
      <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="227" />
      <source>&amp;Redo</source>
      <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="230" />
      <source>&amp;Previous area</source>
      <translation>前の領域(&amp;P)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="235" />
      <source>&amp;Next area</source>
      <translation>次の領域(&amp;N)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="239" />
      <source>Show &amp;guidance</source>
      <translation>ガイドを表示(&amp;G)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="243" />
      <source>Go to the &amp;navigator</source>
      <translation>ナビゲーターへ移動(&amp;N)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="246" />
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="249" />
      <source>Open &amp;recent</source>
      <translation>最近使ったプラン(&amp;R)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="258" />
      <source>S&amp;napshots…</source>
      <translation>スナップショット(&amp;N)…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="261" />
      <source>What changed since a document was sent</source>
      <translation>文書を送った後に変わったところ</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="266" />
      <source>&amp;Edit</source>
      <translation>編集(&amp;E)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="277" />
      <source>&amp;Go</source>
      <translation>移動(&amp;G)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="285" />
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="360" />
      <source>&lt;h2&gt;Making your copy of the sample plan…&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;サンプルプランのコピーを作成しています…&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="362" />
      <source>Creating the sample plan…</source>
      <translation>サンプルプランを作成しています…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="419" />
      <source>This plan is read-only (the file or its folder cannot be written), so it cannot be changed here. Use File › Save as to edit a copy.</source>
      <translation>このプランは読み取り専用です（ファイルまたはフォルダーに書き込めません）。ここでは変更できません。編集するには［ファイル］›［名前を付けて保存］でコピーを作成してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="437" />
      <source>A change to this plan was interrupted (a program stopped in the middle of it); it was undone as the plan was opened, so the plan is as it was before that change.</source>
      <translation>この計画への変更が途中で中断されていました（プログラムが変更の途中で止まりました）。計画を開くときにその変更を取り消したので、計画はその変更の前の状態です。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="578" />
      <source>New plan</source>
      <translation>新しいプラン</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="591" />
      <source>New plan from the sample</source>
      <translation>サンプルから新しいプラン</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="627" />
      <source>Open plan</source>
      <translation>プランを開く</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="662" />
      <source>Saving…</source>
      <translation>保存しています…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="720" />
      <source>App settings</source>
      <translation>アプリの設定</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="723" />
      <source>Follow the system</source>
      <translation>システムに合わせる</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="727" />
      <source>&amp;Language of the app</source>
      <translation>アプリの言語(&amp;L)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="848" />
      <source>the plan</source>
      <translation>計画</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="861" />
      <source>CES Planner</source>
      <translation>CES Planner</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="870" />
      <source>Open the errors log's folder</source>
      <translation>エラーログのフォルダーを開く</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="1044" />
      <source>About CES Planner</source>
      <translation>CES Planner について</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="1045" />
      <source>&lt;p&gt;&lt;b&gt;CES Planner&lt;/b&gt; helps a contact-centre lead draft the Customer Experience Strategy, run the team workshop, and track the actions.&lt;/p&gt;&lt;p&gt;Every change is written to the plan file as you make it.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;CES Planner&lt;/b&gt; は、コンタクトセンターの責任者が顧客体験戦略を立案し、チームのワークショップを進め、アクションを管理するためのアプリです。&lt;/p&gt;&lt;p&gt;変更はすべて、その場でプランファイルに書き込まれます。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="272" />
      <source>&amp;Preferences…</source>
      <translation>設定(&amp;P)…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="286" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="287" />
      <source>&amp;About CES Planner</source>
      <translation>CES Planner について(&amp;A)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="393" />
      <source>&lt;h2&gt;No plan is open&lt;/h2&gt;&lt;p&gt;&lt;a href="new"&gt;Create a plan&lt;/a&gt; (Ctrl+N), &lt;a href="open"&gt;open one&lt;/a&gt; (Ctrl+O), or start from &lt;a href="sample"&gt;the sample plan&lt;/a&gt;.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;開いているプランはありません&lt;/h2&gt;&lt;p&gt;&lt;a href="new"&gt;プランを作成する&lt;/a&gt;（Ctrl+N）、&lt;a href="open"&gt;プランを開く&lt;/a&gt;（Ctrl+O）、または&lt;a href="sample"&gt;サンプルプラン&lt;/a&gt;から始めてください。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="643" />
      <source>Save as</source>
      <translation>名前を付けて保存</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="643" />
      <source>Save a copy</source>
      <translation>コピーを保存</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="650" />
      <source>Copying the plan…</source>
      <translation>プランをコピーしています…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="686" />
      <source>this copy cannot be read to compare.</source>
      <translation>このコピーは読めないため比べられません。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="687" />
      <source>nothing; it is the plan as it is now.</source>
      <translation>ありません。いまのプランと同じです。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="703" />
      <source>The plan is back as it was then. The plan as it was before is kept: {0}</source>
      <translation>計画をその時点の状態に戻しました。戻す前の計画は保存しています: {0}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="705" />
      <source>(no copy could be made)</source>
      <translation>（コピーを作れませんでした）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="957" />
      <source>Complete</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="968" />
      <source>read-only</source>
      <translation>読み取り専用</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="1019" />
      <source>Something unexpected went wrong ({0}). The plan keeps every change made before it.</source>
      <translation>予期しないエラーが発生しました（{0}）。それまでの変更はすべてプランに保存されています。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="297" />
      <source>(no recent plans)</source>
      <translation>（最近使ったプランはありません）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="306" />
      <source>&amp;Undo {0}</source>
      <translation>元に戻す: {0}(&amp;U)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="311" />
      <source>&amp;Redo {0}</source>
      <translation>やり直す: {0}(&amp;R)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="850" />
      <source>CES Planner did not close properly the last time (started {0}). Every change was written to the plan as it was made, so {1} is as it was last written; only a text being typed at that moment may be missing.</source>
      <translation>前回、CES Planner は正しく終了しませんでした（{0} に起動）。変更はすべてその都度計画に書き込まれているため、{1} は最後に書き込まれたときのままです。そのとき入力中だった文章だけが欠けている可能性があります。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="865" />
      <source>What went wrong is in the errors log: {0}</source>
      <translation>何が起きたかはエラーログにあります: {0}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="970" />
      <source>Untitled plan</source>
      <translation>無題のプラン</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="427" />
      <source>{0} values in this plan's file cannot be read (changed outside the app, or damaged) and are shown empty or as defaults; 'ces-planner check' lists them. First: {1}</source>
      <translation>この計画のファイルにある {0} 個の値を読み込めません（アプリの外で変更されたか、壊れています）。空欄または既定値で表示しています。一覧は「ces-planner check」で確認できます。最初の一つ: {1}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="659" />
      <source>Saved a copy as {0}</source>
      <translation>コピーを {0} として保存しました</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/main_window.py" line="1023" />
      <source>The details for a bug report are in {0}.</source>
      <translation>不具合報告用の詳細は {0} にあります。</translation>
    </message>
  </context>
  <context>
    <name>MatrixWindow</name>
    <message>
      <location filename="ces_planner/ui/matrix_window.py" line="66" />
      <source>Contact reasons: value to the customer and to the company</source>
      <translation>問い合わせ理由: 顧客にとっての価値と会社にとっての価値</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/matrix_window.py" line="36" />
      <source>Leave (Esc)</source>
      <translation>終了（Esc）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/matrix_window.py" line="70" />
      <source>This plan is read-only: the points cannot be moved.</source>
      <translation>このプランは読み取り専用です。点は動かせません。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/matrix_window.py" line="72" />
      <source>Drag a point to re-rate its reason, or select it and use the arrow keys; Ctrl+Z undoes.</source>
      <translation>点をドラッグすると理由の評価を変えられます。点を選んで矢印キーでも動かせます。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/matrix_window.py" line="76" />
      <source>Points are sized by contacts.</source>
      <translation>点の大きさは問い合わせ件数を表します。</translation>
    </message>
  </context>
  <context>
    <name>MeasuresChart</name>
    <message>
      <location filename="ces_planner/labels.py" line="53" />
      <source>Current</source>
      <translation>現行</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/charts.py" line="289" />
      <source>Target</source>
      <translation>目標</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/widgets/measures_chart.py" line="67" />
      <source>Add measures to compare today's values with targets.</source>
      <translation>指標を追加すると、現在値と目標を比べられます。</translation>
    </message>
  </context>
  <context>
    <name>MeasuresPage</name>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="378" />
      <source>Set the selected measure's current value from the evidence</source>
      <translation>選択した指標の現在値を根拠データから設定</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="396" />
      <source>The contact log has no data for that figure.</source>
      <translation>問い合わせログにはその数値のデータがありません。</translation>
    </message>
  </context>
  <context>
    <name>Operation</name>
    <message>
      <location filename="ces_planner/ui/operations.py" line="57" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="76" />
      <source>Choose a logo…</source>
      <translation>ロゴを選ぶ…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="78" />
      <source>Remove the logo</source>
      <translation>ロゴを外す</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="106" />
      <source>Double-click or press Return to go to the area</source>
      <translation>ダブルクリックまたは Enter キーでその領域へ移動</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="111" />
      <source>&amp;Readiness</source>
      <translation>完成度(&amp;R)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="128" />
      <source>Accent colour of the documents</source>
      <translation>文書のアクセントカラー</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="138" />
      <source>Choose a logo</source>
      <translation>ロゴを選ぶ</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="140" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="60" />
      <source>&amp;Title</source>
      <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="61" />
      <source>&amp;Organisation</source>
      <translation>組織(&amp;O)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="62" />
      <source>&amp;Author</source>
      <translation>作成者(&amp;A)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="63" />
      <source>&amp;Language of the plan</source>
      <translation>プランの言語(&amp;L)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="64" />
      <source>&amp;Strategy or mission it serves</source>
      <translation>支える戦略・ミッション(&amp;S)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="65" />
      <source>&amp;Executive summary</source>
      <translation>エグゼクティブサマリー(&amp;E)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="84" />
      <source>Documents' accent colour and logo</source>
      <translation>文書のアクセントカラーとロゴ</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="190" />
      <source>(no logo)</source>
      <translation>（ロゴなし）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/overview.py" line="216" />
      <source>… and {0} more</source>
      <translation>… ほか {0} 件</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="ces_planner/services/actions.py" line="37" />
      <source>Notes</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/base.py" line="173" />
      <source>Show or hide the guidance for this area (F1)</source>
      <translation>この領域のガイドを表示・非表示（F1）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/base.py" line="194" />
      <source>Anything the team should remember about this area: sources, doubts, ideas.</source>
      <translation>この領域についてチームが覚えておくべきこと: 情報源、疑問点、アイデアなど。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/base.py" line="222" />
      <source>Guidance</source>
      <translation>ガイド</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/base.py" line="216" />
      <source>Previous: {0}</source>
      <translation>前へ: {0}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/base.py" line="217" />
      <source>Next: {0}</source>
      <translation>次へ: {0}</translation>
    </message>
  </context>
  <context>
    <name>PriorityPage</name>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="549" />
      <source>How each segment is served today, from the contact log:</source>
      <translation>問い合わせログから見た、セグメント別の現在の応対状況:</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="554" />
      <source>{0} contacts · service level {1} · answered in {2} s on average · {3} abandoned · satisfaction {4}</source>
      <translation>問い合わせ {0} 件 · サービスレベル {1} · 平均応答時間 {2} 秒 · 放棄 {3} · 満足度 {4}</translation>
    </message>
  </context>
  <context>
    <name>RecordDelegate</name>
    <message>
      <location filename="ces_planner/reports/document.py" line="474" />
      <source>All channels</source>
      <translation>全チャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/record_table.py" line="310" />
      <source>(nobody)</source>
      <translation>（なし）</translation>
    </message>
  </context>
  <context>
    <name>RecordTableModel</name>
    <message>
      <location filename="ces_planner/reports/document.py" line="474" />
      <source>All channels</source>
      <translation>全チャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/record_table.py" line="310" />
      <source>(nobody)</source>
      <translation>（なし）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/record_table.py" line="278" />
      <source>“{0}” is not a time; type it as 09:30 (24-hour clock).</source>
      <translation>「{0}」は時刻ではありません。09:30 のように 24 時間表記で入力してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/record_table.py" line="280" />
      <source>“{0}” is not a number; type digits such as 42 or 3.5.</source>
      <translation>「{0}」は数値ではありません。42 や 3.5 のように数字で入力してください。</translation>
    </message>
  </context>
  <context>
    <name>RecordsEditor</name>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="161" />
      <source>Add a row (Ctrl+Shift+N)</source>
      <translation>行を追加（Ctrl+Shift+N）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="162" />
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="163" />
      <source>Remove the selected row (Ctrl+Delete)</source>
      <translation>選択した行を削除（Ctrl+Delete）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="165" />
      <source>Move up</source>
      <translation>上へ</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="167" />
      <source>Move the selected row up (Ctrl+Shift+Up)</source>
      <translation>選択した行を上へ移動（Ctrl+Shift+Up）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="168" />
      <source>Move down</source>
      <translation>下へ</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="170" />
      <source>Move the selected row down (Ctrl+Shift+Down)</source>
      <translation>選択した行を下へ移動（Ctrl+Shift+Down）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="288" />
      <source>No row matches the filters.</source>
      <translation>絞り込みに合う行はありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="290" />
      <source>Nothing here yet.</source>
      <translation>まだ何もありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="291" />
      <source>Nothing here yet: “{0}” (Ctrl+Shift+N) adds the first row.</source>
      <translation>まだ何もありません。「{0}」(Ctrl+Shift+N) で最初の行を追加できます。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="341" />
      <source>Add {0}</source>
      <translation>{0}を追加</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="280" />
      <source>{0} rows</source>
      <translation>{0} 行</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="ces_planner/ui/backups_dialog.py" line="27" />
      <source>before the first change of a session</source>
      <translation>作業の最初の変更の前</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/backups_dialog.py" line="28" />
      <source>before a contact log was imported</source>
      <translation>問い合わせログの取り込みの前</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/backups_dialog.py" line="29" />
      <source>before the contact log was removed</source>
      <translation>問い合わせログの削除の前</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/backups_dialog.py" line="30" />
      <source>before the file was brought up to a newer version</source>
      <translation>ファイルを新しい形式に更新する前</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/backups_dialog.py" line="33" />
      <source>before a backup was restored</source>
      <translation>バックアップを復元する前</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/backups_dialog.py" line="52" />
      <source>Restore from backup</source>
      <translation>バックアップから復元</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/backups_dialog.py" line="56" />
      <source>The app keeps a copy of the plan before the first change of each session and before imports, removals and restores: the last ten, and one a day for two weeks. The one you restore replaces the plan; the plan as it is now is kept as a copy first, so this too can be undone.</source>
      <translation>アプリは、作業ごとの最初の変更の前と、取り込み・削除・復元の前に計画のコピーを保存します（直近の 10 個と、2 週間分の 1 日 1 個）。復元したコピーで計画が置き換わります。今の計画は先にコピーとして保存されるので、これも元に戻せます。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/backups_dialog.py" line="84" />
      <source>&amp;Restore</source>
      <translation>復元(&amp;R)</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/backups_dialog.py" line="98" />
      <source>Restoring this copy undoes what has changed since: {0}</source>
      <translation>このコピーを戻すと、その後の変更が取り消されます: {0}</translation>
    </message>
  </context>
  <context>
    <name>SegmentsPage</name>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="529" />
      <source>Who contacts us, from the contact log:</source>
      <translation>問い合わせログから見た、問い合わせてくるお客さま:</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="534" />
      <source>{0} of contacts ({1} of customers) · {2} contacts</source>
      <translation>問い合わせの {0}（顧客の {1}）· {2} 件</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="ces_planner/ui/shortcuts.py" line="46" />
      <source>Keyboard shortcuts</source>
      <translation>キーボードショートカット</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/shortcuts.py" line="62" />
      <source>Command</source>
      <translation>コマンド</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/shortcuts.py" line="62" />
      <source>Keys</source>
      <translation>キー</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/shortcuts.py" line="49" />
      <source>Add a row to the table</source>
      <translation>表に行を追加</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/shortcuts.py" line="50" />
      <source>Remove the table's selected row</source>
      <translation>表の選択した行を削除</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/shortcuts.py" line="51" />
      <source>Move the selected row up or down</source>
      <translation>選択した行を上下に移動</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/shortcuts.py" line="52" />
      <source>Edit the selected cell</source>
      <translation>選択したセルを編集</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/shortcuts.py" line="52" />
      <source>F2, or start typing</source>
      <translation>F2、または入力を始める</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/shortcuts.py" line="53" />
      <source>Confirm a cell and go to the next, confirm, cancel</source>
      <translation>セルを確定して次へ、確定、取り消し</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/shortcuts.py" line="55" />
      <source>Move on the hours grid, open or close a half hour</source>
      <translation>受付時間の表で移動、30分単位で受付の開始・終了</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/shortcuts.py" line="56" />
      <source>Arrows, Space</source>
      <translation>矢印キー、スペース</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/shortcuts.py" line="58" />
      <source>Contact reasons: the matrix on the whole screen, and back</source>
      <translation>問い合わせ理由: マトリクスの全画面表示とその終了</translation>
    </message>
  </context>
  <context>
    <name>SnapshotsDialog</name>
    <message>
      <location filename="ces_planner/ui/snapshots.py" line="29" />
      <source>Snapshots</source>
      <translation>スナップショット</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/snapshots.py" line="52" />
      <source>No snapshots yet. Record one when you export the strategy (File › Export).</source>
      <translation>スナップショットはまだありません。戦略を書き出すとき（［ファイル］›［書き出し］）に記録できます。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/snapshots.py" line="78" />
      <source>Nothing has changed since this snapshot.</source>
      <translation>このスナップショット以降、変更はありません。</translation>
    </message>
  </context>
  <context>
    <name>Tables</name>
    <message>
      <location filename="ces_planner/labels.py" line="53" />
      <source>Current</source>
      <translation>現行</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/charts.py" line="239" />
      <source>Segments served</source>
      <translation>対応セグメント数</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/charts.py" line="289" />
      <source>Target</source>
      <translation>目標</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="288" />
      <source>Segment</source>
      <translation>セグメント</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="289" />
      <source>Tier</source>
      <translation>区分</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="290" />
      <source>Share of customers</source>
      <translation>顧客の割合</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="291" />
      <source>Preferred channels</source>
      <translation>好みのチャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="379" />
      <source>Contact reason</source>
      <translation>問い合わせ理由</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="380" />
      <source>Category</source>
      <translation>分類</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="381" />
      <source>Value to customer</source>
      <translation>顧客価値</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="382" />
      <source>Value to company</source>
      <translation>会社価値</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="383" />
      <source>Treatment type</source>
      <translation>対策の種類</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="384" />
      <source>Planned treatment</source>
      <translation>計画している対策</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="385" />
      <source>Owner</source>
      <translation>担当者</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="445" />
      <source>Channel</source>
      <translation>チャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="419" />
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="420" />
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="421" />
      <source>Target launch</source>
      <translation>開始目標</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="423" />
      <source>Fit with segment preferences</source>
      <translation>セグメントの好みとの適合</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="495" />
      <source>Measure</source>
      <translation>指標</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="496" />
      <source>Unit</source>
      <translation>単位</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="497" />
      <source>Direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="500" />
      <source>Target date</source>
      <translation>目標期日</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="501" />
      <source>Definition</source>
      <translation>定義</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="526" />
      <source>Insight</source>
      <translation>インサイト</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="527" />
      <source>What we observed</source>
      <translation>観察したこと</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="528" />
      <source>Evidence</source>
      <translation>根拠</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="529" />
      <source>Recipient department</source>
      <translation>共有先の部門</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="548" />
      <source>Action</source>
      <translation>アクション</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="548" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="548" />
      <source>Area</source>
      <translation>領域</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="548" />
      <source>Created from</source>
      <translation>作成元</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="470" />
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="470" />
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="555" />
      <source>Whole plan</source>
      <translation>プラン全体</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="475" />
      <source>Closed</source>
      <translation>休業</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="37" />
      <source>Notes</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="40" />
      <source>segment</source>
      <translation>セグメント</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="97" />
      <source>contact reason</source>
      <translation>問い合わせ理由</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="115" />
      <source>channel</source>
      <translation>チャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="141" />
      <source>exception</source>
      <translation>例外</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="159" />
      <source>measure</source>
      <translation>指標</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="175" />
      <source>insight</source>
      <translation>インサイト</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="189" />
      <source>question</source>
      <translation>問い</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="221" />
      <source>action</source>
      <translation>アクション</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="235" />
      <source>person</source>
      <translation>担当者</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="34" />
      <source>Description</source>
      <translation>説明</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="35" />
      <source>Defining traits</source>
      <translation>特徴</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="36" />
      <source>Preferences</source>
      <translation>好み</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="37" />
      <source>How we could learn more</source>
      <translation>さらに理解を深める方法</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="52" />
      <source>Service promise for this tier</source>
      <translation>この区分のサービス約束</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="91" />
      <source>Root cause</source>
      <translation>根本原因</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="130" />
      <source>Opens</source>
      <translation>開始</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="135" />
      <source>Closes</source>
      <translation>終了</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="184" />
      <source>Question</source>
      <translation>問い</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="186" />
      <source>Decisions</source>
      <translation>決定事項</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="230" />
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="231" />
      <source>Role</source>
      <translation>役割</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="232" />
      <source>E-mail</source>
      <translation>メールアドレス</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="39" />
      <source>New segment</source>
      <translation>新しいセグメント</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="73" />
      <source>1 = no value to the customer, 5 = high value</source>
      <translation>1 = 顧客にとって価値なし、5 = 価値が高い</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="80" />
      <source>1 = no value to the company, 5 = high value</source>
      <translation>1 = 会社にとって価値なし、5 = 価値が高い</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="95" />
      <source>New contact reason</source>
      <translation>新しい問い合わせ理由</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="114" />
      <source>New channel</source>
      <translation>新しいチャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="133" />
      <source>Leave both times empty for a day closed throughout</source>
      <translation>終日休業の日は両方の時刻を空にします</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="158" />
      <source>New measure</source>
      <translation>新しい指標</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="174" />
      <source>New insight</source>
      <translation>新しいインサイト</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="188" />
      <source>A question of our own?</source>
      <translation>私たち独自の問いは？</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="220" />
      <source>New action</source>
      <translation>新しいアクション</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="234" />
      <source>New person</source>
      <translation>新しい担当者</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="108" />
      <source>Move {0} on the matrix</source>
      <translation>マトリクス上で {0} を移動</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="401" />
      <source>Set {0} from the evidence</source>
      <translation>根拠データから {0} を設定</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="625" />
      <source>Add the insight {0}</source>
      <translation>インサイト「{0}」を追加</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="169" />
      <source>Add {0} from the evidence</source>
      <translation>根拠データから {0} を追加</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="162" />
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="341" />
      <source>Add {0}</source>
      <translation>{0}を追加</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="360" />
      <source>Remove {0}</source>
      <translation>{0}を削除</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/tables.py" line="374" />
      <source>Move {0}</source>
      <translation>{0}を移動</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/record_table.py" line="315" />
      <source>Add {0} as owner</source>
      <translation>{0} を担当者として追加</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/record_table.py" line="289" />
      <source>Rename {0}</source>
      <translation>{0}の名前を変更</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/record_table.py" line="291" />
      <source>Edit {0} of {1}</source>
      <translation>{1}の{0}を編集</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/record_table.py" line="317" />
      <source>Add person</source>
      <translation>担当者を追加</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/session.py" line="99" />
      <source>Add</source>
      <translation>追加</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/session.py" line="125" />
      <source>Edit plan details</source>
      <translation>プランの基本情報を編集</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/session.py" line="131" />
      <source>Edit notes</source>
      <translation>メモを編集</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/session.py" line="138" />
      <source>Paint opening hours</source>
      <translation>受付時間を塗る</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/session.py" line="145" />
      <source>Change a setting</source>
      <translation>設定を変更</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/session.py" line="107" />
      <source>Edit</source>
      <translation>編集</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/session.py" line="119" />
      <source>Move</source>
      <translation>移動</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="196" />
      <source>Add a question</source>
      <translation>問いを追加</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="344" />
      <source>Workshop notes</source>
      <translation>ワークショップのメモ</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="384" />
      <source>Action from the workshop</source>
      <translation>ワークショップからのアクション</translation>
    </message>
  </context>
  <context>
    <name>ValueMatrix</name>
    <message>
      <location filename="ces_planner/ui/widgets/matrix.py" line="50" />
      <source>Value/irritant matrix of contact reasons</source>
      <translation>問い合わせ理由の価値・イライラ要因マトリクス</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/widgets/matrix.py" line="215" />
      <source>Value to the customer →</source>
      <translation>顧客にとっての価値 →</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/widgets/matrix.py" line="227" />
      <source>Value to the company →</source>
      <translation>会社にとっての価値 →</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/widgets/matrix.py" line="289" />
      <source>{0} contacts</source>
      <translation>問い合わせ {0} 件</translation>
    </message>
  </context>
  <context>
    <name>WorkshopWindow</name>
    <message>
      <location filename="ces_planner/reports/document.py" line="385" />
      <source>Owner</source>
      <translation>担当者</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="548" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="37" />
      <source>Notes</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/matrix_window.py" line="36" />
      <source>Leave (Esc)</source>
      <translation>終了（Esc）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="799" />
      <source>Saved {0}</source>
      <translation>{0} を保存しました</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="186" />
      <source>Decisions</source>
      <translation>決定事項</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/specs.py" line="188" />
      <source>A question of our own?</source>
      <translation>私たち独自の問いは？</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="192" />
      <source>Start timer (T)</source>
      <translation>タイマー開始（T）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="194" />
      <source>Reset</source>
      <translation>リセット</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="196" />
      <source>Add a question</source>
      <translation>問いを追加</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="198" />
      <source>Export summary…</source>
      <translation>まとめを書き出す…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="215" />
      <source>Notes from the discussion</source>
      <translation>議論のメモ</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="218" />
      <source>Decisions taken</source>
      <translation>決定事項</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="227" />
      <source>Turn a decision into an action…</source>
      <translation>決定をアクションにする…</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="233" />
      <source>Create action (Ctrl+Enter)</source>
      <translation>アクションを作成（Ctrl+Enter）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="271" />
      <source>← Previous (PgUp)</source>
      <translation>← 前へ（PgUp）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="273" />
      <source>Next (PgDn) →</source>
      <translation>次へ（PgDn）→</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="437" />
      <source>Export the workshop summary</source>
      <translation>ワークショップのまとめを書き出す</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="319" />
      <source>No questions yet.</source>
      <translation>まだ問いがありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="372" />
      <source>Type the action, or write a decision first.</source>
      <translation>アクションを入力するか、先に決定事項を書いてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="422" />
      <source>Pause timer (T)</source>
      <translation>タイマー一時停止（T）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="181" />
      <source>Workshop — {0}</source>
      <translation>ワークショップ — {0}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="390" />
      <source>Action created: {0}</source>
      <translation>アクションを作成しました: {0}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="315" />
      <source>Question {0} of {1}</source>
      <translation>問い {0} / {1}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="408" />
      <source>From the workshop question: {0}</source>
      <translation>ワークショップの問いから: {0}</translation>
    </message>
  </context>
  <context>
    <name>ces_planner</name>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="85" />
      <source>outbound contact (counted, left out of the inbound figures)</source>
      <translation>発信（数えますが、着信の数値には含めません）</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="91" />
      <source>total or summary line (skipped)</source>
      <translation>合計・集計行（読み飛ばし）</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="761" />
      <source>date and time missing or unreadable</source>
      <translation>日時がない、または読めません</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="878" />
      <source>No column was found for {fields} among the file's columns ({columns}); give {fixes}.</source>
      <translation>ファイルの列（{columns}）に {fields} の列が見つかりません。{fixes} を指定してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="214" />
      <source>{name} has no sheet "{sheet}"; its sheets are: {sheets}.</source>
      <translation>{name} にはシート「{sheet}」がありません。シートは {sheets} です。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="534" />
      <source>"{field}={expr}": "+" adds durations (handle_seconds, wait_seconds) or joins a date column and a time column (started_at=DATE+TIME); {field} takes one column, or A|B for the first non-empty.</source>
      <translation>「{field}={expr}」: 「+」は時間の合計（handle_seconds、wait_seconds）か、日付の列と時刻の列の結合（started_at=日付+時刻）にだけ使えます。{field} には列を一つ、または最初の空でない値を取る A|B を指定してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="676" />
      <source>channel missing</source>
      <translation>チャネルがありません</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="876" />
      <source>--default-channel NAME (a log of one channel) or --map channel=COLUMN</source>
      <translation>--default-channel 名前（チャネルが一つのログ）または --map channel=列</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="928" />
      <source>There is no file {name}; check the name and folder.</source>
      <translation>{name} というファイルはありません。名前とフォルダーを確認してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="490" />
      <source>The file has no column {expr}; it has {n} columns.</source>
      <translation>ファイルに {expr} 列はありません。列は {n} 個です。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="1159" />
      <source>No row has a readable date and time in "{column}" (for example "{value}"); map another column or give --date-order or --source-timezone.</source>
      <translation>「{column}」には読み取れる日時の行がありません（例: 「{value}」）。別の列を割り当てるか、--date-order または --source-timezone を指定してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="1271" />
      <source>A row of the file runs on for more than {size} MB without ending (one endless line, or a quote that is never closed); a contact log's rows are short. Check that this is the export you meant.</source>
      <translation>ファイルのある行が {size} MB を超えても終わりません（終わりのない 1 行か、閉じられていない引用符）。問い合わせログの行は短いはずです。意図したエクスポートか確かめてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="160" />
      <source>Unknown encoding {encoding}; use utf-8 or cp932.</source>
      <translation>文字コード {encoding} は使えません。utf-8 か cp932 を指定してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="443" />
      <source>The file has no column named "{column}"; its columns are: {columns}.</source>
      <translation>ファイルに「{column}」という列はありません。列は次のとおりです: {columns}。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="882" />
      <source> and </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="1026" />
      <source>{file} seems to have no header line: its first line ("{line}") reads as a contact, not as column names. Import it with --no-header and map the columns by position (--map started_at=#1 ...), or add a header line.</source>
      <translation>{file} には見出し行がないようです。1行目（「{line}」）は列名ではなく問い合わせとして読めます。--no-header を付けて列を位置で指定する（--map started_at=#1 ...）か、見出し行を加えてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/contacts.py" line="1057" />
      <source>{file} gives times of day without a date ("{column}"); give the day with --date YYYY-MM-DD (a one-day extract), or map a date column with --map started_at=DATE+{column}.</source>
      <translation>{file} には日付のない時刻しかありません（「{column}」）。--date YYYY-MM-DD で日付を指定するか（一日分の抽出）、--map started_at=日付列+{column} で日付の列を指定してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/guessing.py" line="180" />
      <source>guessed from the header; {share} of {n} sampled values read as it</source>
      <translation>見出しから推定。先頭 {n} 件の値のうち {share} が読み取れました</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/guessing.py" line="174" />
      <source>guessed: the header says answered; "{values}" taken as abandoned</source>
      <translation>推定: 見出しが応答を示しています。「{values}」を放棄として扱います</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/guessing.py" line="179" />
      <source>guessed from the header (no value in the first rows to check)</source>
      <translation>見出しから推定（先頭の行に確かめる値がありません）</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/presets.py" line="147" />
      <source>There is no preset {name}; the presets are {names}.</source>
      <translation>プリセット {name} はありません。プリセットは次のとおりです: {names}。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/workbooks.py" line="78" />
      <source>{name} would unpack to {size}, more than the {limit} this reads; export it as CSV instead.</source>
      <translation>{name} は展開すると {size} になり、読み込める上限 {limit} を超えます。代わりに CSV で書き出してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/workbooks.py" line="118" />
      <source>{name} has a sheet larger than Excel makes (more than {rows} rows or {columns} columns); check the file, or export it as CSV.</source>
      <translation>{name} には Excel が作れる大きさを超えるシート（{rows} 行または {columns} 列を超える）があります。ファイルを確認するか、CSV で書き出してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/workbooks.py" line="70" />
      <source>{name} is not a readable Excel workbook (it is not one, or it was cut short); save it again from Excel, or export it as CSV.</source>
      <translation>{name} は読み込める Excel ブックではありません（ブックでないか、途中で切れています）。Excel で保存し直すか、CSV で書き出してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/workbooks.py" line="91" />
      <source>{name} has no worksheet to read.</source>
      <translation>{name} には読み込めるワークシートがありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/analysis/workbooks.py" line="102" />
      <source>{name} is damaged inside ({detail}); save it again from Excel, or export it as CSV.</source>
      <translation>{name} は中身が壊れています（{detail}）。Excel で保存し直すか、CSV で書き出してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="52" />
      <source>sample plan</source>
      <translation>サンプルプラン</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="52" />
      <source>new plan</source>
      <translation>新しいプラン</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="53" />
      <source>Created {what} {path}.</source>
      <translation>{what} {path} を作成しました。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="335" />
      <source>Imported {contacts} contacts from {source} ({rows} rows read, {rejected} rejected; encoding {encoding}).</source>
      <translation>{source} から {contacts} 件の問い合わせを取り込みました（読み込み {rows} 行、除外 {rejected} 行、文字コード {encoding}）。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="356" />
      <source>Every row accounted for: {rows} rows read = {contacts} contacts + {rejected} rejected + {skipped} total lines skipped + {outbound} outbound + {duplicates} duplicates + {joined} joined into another row's contact{titles}.</source>
      <translation>すべての行の内訳: 読み込んだ {rows} 行 = 問い合わせ {contacts} 件 + 読めない行 {rejected} + 合計行 {skipped} + 発信 {outbound} + 重複 {duplicates} + 他の行の問い合わせにまとめた行 {joined}{titles}。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="381" />
      <source>Columns used:</source>
      <translation>使用した列:</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="438" />
      <source>{contacts} contacts from {start} to {end}</source>
      <translation>{start} から {end} までの問い合わせ {contacts} 件</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="450" />
      <source>The centre</source>
      <translation>センター全体</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="538" />
      <source>Restored {plan} from {backup}.</source>
      <translation>{plan} を {backup} から復元しました。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="752" />
      <source>No screen is available for the desktop app (DISPLAY is not set); run it in a desktop session, or use a command such as 'ces-planner show PLAN'.</source>
      <translation>デスクトップアプリを表示する画面がありません（DISPLAY が未設定です）。デスクトップ環境で起動するか、'ces-planner show PLAN' などのコマンドを使ってください。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="760" />
      <source>'{name}' is neither a command nor an existing plan file; see 'ces-planner --help'.</source>
      <translation>'{name}' はコマンドでも既存のプランファイルでもありません。'ces-planner --help' を参照してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="33" />
      <source>{message}; see '{prog} --help'.</source>
      <translation>{message}。'{prog} --help' を参照してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="93" />
      <source>{count} values in the file cannot be read:</source>
      <translation>ファイル内の {count} 個の値を読み込めません:</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="97" />
      <source>{count} gaps before the plan is ready:</source>
      <translation>プランの完成まで {count} 件の不足があります:</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="113" />
      <source>--volume must be zero or more contacts.</source>
      <translation>--volume には 0 以上の件数を指定してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="114" />
      <source>--aht must be a positive number of seconds.</source>
      <translation>--aht には正の秒数を指定してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="115" />
      <source>--interval-minutes must be positive.</source>
      <translation>--interval-minutes には正の値を指定してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="116" />
      <source>--target is a share between 0 and 1, such as 0.8.</source>
      <translation>--target は 0 より大きく 1 未満の割合です（例: 0.8）。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="117" />
      <source>--threshold must be zero or more seconds.</source>
      <translation>--threshold には 0 以上の秒数を指定してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="118" />
      <source>--shrinkage is a share from 0 up to 1, such as 0.3.</source>
      <translation>--shrinkage は 0 以上 1 未満の割合です（例: 0.3）。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="162" />
      <source>Traffic: {erlangs:.2f} Erlangs</source>
      <translation>呼量: {erlangs:.2f} アーラン</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="164" />
      <source>Agents needed: {agents} (service level {level:.1%} in {threshold:g} s, average speed of answer {asa:.1f} s)</source>
      <translation>必要なオペレーター数: {agents} 人（{threshold:g} 秒以内応答率 {level:.1%}、平均応答速度 {asa:.1f} 秒）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="173" />
      <source>Occupancy: {occupancy:.1%}</source>
      <translation>稼働率: {occupancy:.1%}</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="175" />
      <source>Agents to schedule with {shrinkage:.0%} shrinkage: {scheduled}</source>
      <translation>シュリンケージ {shrinkage:.0%} を見込んだ配置人数: {scheduled} 人</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="195" />
      <source>Warning: occupancy above {limit:.0%} burns agents out; plan for more agents or a lower target.</source>
      <translation>注意: 稼働率が {limit:.0%} を超えるとオペレーターが疲弊します。人員を増やすか目標を下げてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="273" />
      <source>--date-order is mdy, dmy or ymd.</source>
      <translation>--date-order は mdy、dmy、ymd のいずれかです。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="349" />
      <source>The encoding {encoding} was judged from how the text reads; if names look wrong, import again with --encoding (utf-8, cp932, cp1251, cp1252...).</source>
      <translation>文字コード {encoding} は本文の読め方から判断しました。名前がおかしく見える場合は --encoding（utf-8、cp932、cp1251、cp1252 など）を指定して取り込み直してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="373" />
      <source>Sheet read: "{sheet}" (--sheet NAME reads another).</source>
      <translation>読み込んだシート: 「{sheet}」（--sheet 名前 で別のシートを読みます）。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="376" />
      <source>The log gives dates only (every contact starts at midnight): arrivals by interval and outside-hours figures are left out.</source>
      <translation>このログには日付しかありません（すべての問い合わせが 0 時に始まっています）。時間帯ごとの到着数と営業時間外の数値は除きます。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="424" />
      <source>Note: {notice}</source>
      <translation>注意: {notice}</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="433" />
      <source>From {file} (contacts made up for the sample plan), imported {imported}</source>
      <translation>出典: {file}（サンプルプラン用の架空の問い合わせ、{imported} に取り込み）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="435" />
      <source>From {file}, imported {imported}</source>
      <translation>出典: {file}（{imported} に取り込み）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="471" />
      <source>{plan} has no contact log; nothing was changed.</source>
      <translation>{plan} には問い合わせログがありません。何も変更していません。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="474" />
      <source>Removed {file} ({n} contacts) from {plan}.</source>
      <translation>{plan} から {file}（{n} 件）を削除しました。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="519" />
      <source>{plan} has no backups yet; one is taken before its first change.</source>
      <translation>{plan} のバックアップはまだありません。最初の変更の前に作られます。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="525" />
      <source>cannot be read to compare</source>
      <translation>読めないため比べられません</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="540" />
      <source>The plan as it was is kept as {copy}.</source>
      <translation>復元前の計画は {copy} として保存しています。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="549" />
      <source>--format applies to one output; with several -o the format comes from each file's extension.</source>
      <translation>--format は出力が 1 つのときに使います。-o を複数指定した場合は、各ファイルの拡張子から形式を判断します。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="579" />
      <source>Wrote {path}.</source>
      <translation>{path} を書き出しました。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="581" />
      <source>Recorded the snapshot "{name}".</source>
      <translation>スナップショット「{name}」を記録しました。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="610" />
      <source>Nothing has changed since "{name}".</source>
      <translation>「{name}」以降、変更はありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="658" />
      <source>Imported actions: {added} added, {updated} updated, {unchanged} unchanged.</source>
      <translation>アクションを取り込みました: 追加 {added} 件、更新 {updated} 件、変更なし {unchanged} 件。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="786" />
      <source>Plan, workshop and publish a contact centre's Customer Experience Strategy. Without a command, opens the desktop app.</source>
      <translation>コンタクトセンターの顧客体験戦略（CES）を立案し、ワークショップで議論し、発行します。コマンドを指定しない場合はデスクトップアプリを開きます。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="794" />
      <source>create a plan file</source>
      <translation>プランファイルを作成する</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="796" />
      <source>fill it with the sample plan</source>
      <translation>サンプルプランで埋める</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="798" />
      <source>language of the plan (default: en)</source>
      <translation>プランの言語（既定: en）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="800" />
      <source>replace an existing file</source>
      <translation>既存のファイルを置き換える</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="802" />
      <source>print a plan</source>
      <translation>プランを表示する</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="804" />
      <source>the whole plan as JSON</source>
      <translation>プラン全体を JSON で出力する</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="807" />
      <source>list what the plan lacks; exit 1 when there are gaps</source>
      <translation>プランに足りないものを一覧にする（不足があれば終了コード 1）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="810" />
      <source>the gaps as JSON</source>
      <translation>不足を JSON で出力する</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="812" />
      <source>agents needed for one interval (Erlang C)</source>
      <translation>1 インターバルに必要な人数（アーラン C）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="814" />
      <source>contacts arriving in the interval</source>
      <translation>インターバル内に着信する問い合わせ件数</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="817" />
      <source>average handle time in seconds</source>
      <translation>平均処理時間（秒）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="824" />
      <source>service-level target as a share (default 0.8)</source>
      <translation>サービスレベル目標の割合（既定 0.8）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="830" />
      <source>answer within this many seconds (default 20)</source>
      <translation>この秒数以内に応答（既定 20）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="836" />
      <source>share of paid time not on contacts (default 0.3)</source>
      <translation>問い合わせ対応以外の勤務時間の割合（既定 0.3）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="842" />
      <source>mean patience of callers: adds Erlang A beside Erlang C</source>
      <translation>発信者の平均待ち許容時間。アーラン C と並べてアーラン A を表示</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="847" />
      <source>import a contact log (CSV or XLSX) as the plan's evidence</source>
      <translation>問い合わせログ（CSV または XLSX）をプランの根拠データとして取り込む</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="856" />
      <source>use COLUMN for FIELD (answered=COLUMN: a yes/no column, abandoned when no); fields not named are still guessed</source>
      <translation>FIELD に COLUMN を使う（answered=COLUMN: はい/いいえの列で、いいえなら放棄）。指定しない項目は推定されます</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="864" />
      <source>the sheet of a workbook to read (default: the one that reads as a log)</source>
      <translation>読み込むブックのシート（既定: ログとして読めるシート）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="869" />
      <source>the day of a log that gives times of day only (a one-day extract)</source>
      <translation>時刻しかないログの日付（一日分の抽出）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="874" />
      <source>guess no field: only those named with --map</source>
      <translation>項目を推定しない: --map で指定したものだけを使う</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="876" />
      <source>the file's encoding (default: detected)</source>
      <translation>ファイルの文字コード（既定: 自動判定）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="882" />
      <source>unit of a duration column: s, ms, min, h or day</source>
      <translation>時間の列の単位: s、ms、min、h、day</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="885" />
      <source>time zone of times written without one</source>
      <translation>タイムゾーンのない時刻のタイムゾーン</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="890" />
      <source>a contact is abandoned when COLUMN holds one of the values</source>
      <translation>COLUMN がいずれかの値のとき放棄とみなす</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="895" />
      <source>a contact is abandoned when COLUMN (answered at) is empty</source>
      <translation>COLUMN（応答時刻）が空のとき放棄とみなす</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="902" />
      <source>read VALUE as CHANNEL</source>
      <translation>VALUE を CHANNEL として読む</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="907" />
      <source>the channel of every contact (voice-only exports)</source>
      <translation>すべての問い合わせのチャネル（音声のみの出力向け）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="910" />
      <source>rows sharing this key are one contact</source>
      <translation>このキーが同じ行を 1 件の問い合わせとする</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="915" />
      <source>order of day and month where the text does not tell</source>
      <translation>文字列から判断できない場合の日と月の順序</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="920" />
      <source>the file has no header row (columns as #1, #2...)</source>
      <translation>ファイルに見出し行がない（列は #1、#2… で指定）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="922" />
      <source>the column separator</source>
      <translation>列の区切り文字</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="924" />
      <source>start from a platform's layout (see the README)</source>
      <translation>プラットフォームのレイアウトから始める（README を参照）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="926" />
      <source>read the settings from FILE</source>
      <translation>FILE から設定を読み込む</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="928" />
      <source>write the settings used to FILE for colleagues</source>
      <translation>使った設定を同僚向けに FILE へ書き出す</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="933" />
      <source>import even when more than half of the rows cannot be read</source>
      <translation>半数を超える行が読めなくても取り込む</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="936" />
      <source>metrics from the plan's contact log</source>
      <translation>プランの問い合わせログから算出した指標</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="942" />
      <source>erase the plan's contact log from the plan file (its records stay)</source>
      <translation>プランファイルから問い合わせログを消去する（プランの記録は残る）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="947" />
      <source>list the rotating backups of a plan, newest first</source>
      <translation>計画の自動バックアップを新しい順に一覧する</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="954" />
      <source>put a backup in place of the plan (the plan as it is is backed up first)</source>
      <translation>バックアップで計画を置き換える（今の計画は先にバックアップされます）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="958" />
      <source>its number in 'backups' (1 is the newest) or name</source>
      <translation>「backups」での番号（1 が最新）または名前</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="961" />
      <source>write the strategy document</source>
      <translation>戦略文書を書き出す</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="966" />
      <source>the format (default: from the output file's extension)</source>
      <translation>形式（既定: 出力ファイルの拡張子から判断）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="975" />
      <source>the file to write; repeat for several formats</source>
      <translation>書き出すファイル。複数の形式は繰り返して指定</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="978" />
      <source>record what was sent under this name</source>
      <translation>送付した内容をこの名前で記録する</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="981" />
      <source>list snapshots or what changed since</source>
      <translation>スナップショットの一覧、またはそれ以降の変更を表示する</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="984" />
      <source>show what changed since this snapshot</source>
      <translation>このスナップショット以降の変更を表示する</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="988" />
      <source>list, export or import the action table</source>
      <translation>アクション表を一覧・書き出し・取り込みする</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="990" />
      <source>open, in_progress, done or dropped</source>
      <translation>open、in_progress、done、dropped のいずれか</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="992" />
      <source>an area key such as hours or measures</source>
      <translation>hours や measures などの領域キー</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="993" />
      <source>only overdue actions</source>
      <translation>期限切れのアクションのみ</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="995" />
      <source>only actions whose title or notes hold these words</source>
      <translation>タイトルかメモにこれらの語を含むアクションのみ</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="998" />
      <source>write FILE.xlsx or FILE.ics</source>
      <translation>FILE.xlsx または FILE.ics に書き出す</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="1003" />
      <source>apply an edited FILE.xlsx or FILE.csv</source>
      <translation>編集した FILE.xlsx または FILE.csv を反映する</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="1006" />
      <source>show or change the plan's settings</source>
      <translation>プランの設定を表示・変更する</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="1058" />
      <source>ces-planner: {file} had an interrupted change (a program stopped in the middle of it); it was undone, and the plan is as it was before that change.</source>
      <translation>ces-planner: {file} への変更が途中で中断されていました（プログラムが変更の途中で止まりました）。その変更を取り消し、計画は変更前の状態に戻りました。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="101" />
      <source>The plan is ready: every area is complete.</source>
      <translation>プランは完成しています。すべての領域が埋まっています。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="141" />
      <source>--patience must be a positive number of seconds.</source>
      <translation>--patience には正の秒数を指定してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="184" />
      <source>Erlang A with {patience:g} s mean patience: {agents} agents ({fewer} fewer than Erlang C), {abandon:.1%} abandon</source>
      <translation>平均待ち許容 {patience:g} 秒のアーラン A: {agents} 人（アーラン C より {fewer} 人少ない）、放棄率 {abandon:.1%}</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="210" />
      <source>{flag} takes {example}.</source>
      <translation>{flag} は {example} の形で指定します。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="224" />
      <source>--date takes a day such as 2026-03-02.</source>
      <translation>--date には 2026-03-02 のような日付を指定します。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="236" />
      <source>Unknown field {field}; the fields are {fields}.</source>
      <translation>{field} という項目はありません。項目は次のとおりです: {fields}。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="264" />
      <source>--unit takes handle_seconds or wait_seconds and one of s, ms, min, h, day.</source>
      <translation>--unit には handle_seconds または wait_seconds と、s、ms、min、h、day のいずれかを指定します。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="270" />
      <source>--abandoned-when takes COLUMN=VALUE[,VALUE...].</source>
      <translation>--abandoned-when は COLUMN=VALUE[,VALUE...] の形で指定します。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="527" />
      <source>the same as the plan now</source>
      <translation>いまのプランと同じです</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="640" />
      <source>Unknown status or area: {error}.</source>
      <translation>不明なステータスまたは領域です: {error}。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="666" />
      <source>  added {name} to the plan's people</source>
      <translation>  {name} をプランの担当者に追加しました</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="1093" />
      <source>ces-planner: interrupted; nothing was changed.</source>
      <translation>ces-planner: 中断しました。何も変更していません。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="1100" />
      <source>ces-planner: unexpected error ({error}); details are in {log}.</source>
      <translation>ces-planner: 予期しないエラーです（{error}）。詳細は {log} にあります。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="281" />
      <source>{value} is not a time zone; use an IANA name such as Asia/Tokyo or Europe/London.</source>
      <translation>{value} はタイムゾーンではありません。Asia/Tokyo や Europe/London のような IANA 名を使ってください。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="367" />
      <source> ({n} title lines above the header not counted)</source>
      <translation>（見出しの上のタイトル行 {n} 行は数えていません）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="528" />
      <source>Changed since:</source>
      <translation>その後の変更:</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="596" />
      <source>No snapshots yet; export with --snapshot NAME to record one.</source>
      <translation>スナップショットはまだありません。--snapshot NAME を付けて書き出すと記録されます。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="677" />
      <source>--export writes .xlsx or .ics files.</source>
      <translation>--export で書き出せるのは .xlsx と .ics です。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="717" />
      <source>Write settings as KEY=VALUE, such as timezone=Asia/Tokyo.</source>
      <translation>設定は timezone=Asia/Tokyo のように KEY=VALUE の形で書きます。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="66" />
      <source>(untitled plan)</source>
      <translation>（無題のプラン）</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="648" />
      <source>ces-planner: {n} rows cannot be imported; nothing was changed.</source>
      <translation>ces-planner: {n} 行を取り込めません。何も変更していません。</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="655" />
      <source>  row {row}: {reason}</source>
      <translation>  {row} 行目: {reason}</translation>
    </message>
    <message>
      <location filename="ces_planner/cli.py" line="1103" />
      <source>no log</source>
      <translation>ログなし</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="33" />
      <source>There is no file {path}; check the name and folder.</source>
      <translation>{path} というファイルはありません。名前とフォルダーを確認してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="37" />
      <source>{path} is not a CES Planner plan; open a .cesplan file or create a new plan.</source>
      <translation>{path} は CES Planner のプランではありません。.cesplan ファイルを開くか、新しいプランを作成してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="41" />
      <source>Cannot read {path}: {detail}.</source>
      <translation>{path} を読み込めません: {detail}。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="45" />
      <source>{path} is damaged or incomplete (perhaps cut short while copying); open an earlier copy of the plan.</source>
      <translation>{path} は壊れているか不完全です（コピーの途中で切れた可能性があります）。以前のコピーを開いてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="52" />
      <source>{path} was saved by a newer version of CES Planner; update the app to open it.</source>
      <translation>{path} は新しいバージョンの CES Planner で保存されています。アプリを更新してから開いてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="56" />
      <source>{path} is already open for editing {detail}; close it there first (or delete the file {path}.lock if that program has crashed).</source>
      <translation>{path} は別の場所で編集中です（{detail}）。そちらで閉じてください（そのプログラムが異常終了した場合はファイル {path}.lock を削除してください）。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="63" />
      <source>{path} is being changed by another program; try again in a moment.</source>
      <translation>{path} は別のプログラムが変更中です。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="67" />
      <source>{path} is read-only, so it cannot be changed; save a copy to edit it.</source>
      <translation>{path} は読み取り専用のため変更できません。編集するにはコピーを保存してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="71" />
      <source>{path} has been closed; open it again to go on.</source>
      <translation>{path} は閉じられています。続けるにはもう一度開いてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="75" />
      <source>{path} already exists; choose another name or use --force to replace it.</source>
      <translation>{path} は既に存在します。別の名前にするか、--force で置き換えてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="79" />
      <source>Cannot write {path}: {detail}.</source>
      <translation>{path} を書き込めません: {detail}。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="83" />
      <source>{path} was left half-changed by a program that stopped in the middle of a change (the file {path}-journal beside it holds what it was before), and it is read-only, so it cannot be put right here: make it and its folder writable, or copy both files together to a folder you can write to, and open it again.</source>
      <translation>{path} は、変更の途中で止まったプログラムによって変更途中のまま残されています（隣の {path}-journal に変更前の内容があります）。読み取り専用のため、ここでは元に戻せません。ファイルとフォルダーを書き込み可能にするか、両方のファイルを書き込めるフォルダーにまとめてコピーしてから、もう一度開いてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="92" />
      <source>The disk is full ({detail} free where {path} is); nothing was changed. Make room there, or save to another disk, and try again.</source>
      <translation>ディスクがいっぱいです（{path} の場所の空き {detail}）。何も変更していません。空きを作るか別のディスクに保存して、もう一度お試しください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="99" />
      <source>The profile {path} cannot be read: {detail}.</source>
      <translation>プロファイル {path} を読み込めません: {detail}。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/errors.py" line="117" />
      <source>That {kind} no longer exists in the plan (id {id}).</source>
      <translation>その{kind}はプランにもうありません（id {id}）。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/method.py" line="21" />
      <source>Do we have a customer-centred strategy for the contact centre, and does it line up with the organisation's strategy so that our priorities serve its success?</source>
      <translation>顧客中心のコンタクトセンター戦略はあるか。それは組織の戦略と整合し、センターの優先事項が組織の成功に役立っているか。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/method.py" line="28" />
      <source>Is the strategy truly centred on customers: does it move our focus from cutting cost towards growing revenue and satisfaction?</source>
      <translation>戦略は本当に顧客中心か。センターの焦点をコスト削減から売上と顧客満足の向上へと移しているか。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/method.py" line="35" />
      <source>Does senior leadership back the strategy, and is it used when budgets, organisation and plans are decided?</source>
      <translation>経営層はこの戦略を支持しているか。予算や組織、計画を決めるときに使われているか。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/method.py" line="42" />
      <source>What customer and business intelligence do we already have that would help us know customers better and fit service to their preferences?</source>
      <translation>顧客をより深く理解し、好みに合ったサービスを提供するために、既にどのような顧客情報・ビジネス情報があるか。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/method.py" line="49" />
      <source>What could we start collecting that would help other departments and improve the customer experience?</source>
      <translation>他部門の役に立ち、顧客体験を高めるために、新たに何を集められるか。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/method.py" line="58" />
      <source>Define the ideal customer experience with stakeholders, and what the centre and the wider organisation must do to deliver it</source>
      <translation>関係者とともに理想の顧客体験を定義し、それを実現するためにセンターと組織全体が何をすべきかを明らかにする</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/method.py" line="65" />
      <source>Write up the findings as the strategy document, share it with senior leaders and agree the opportunities to raise the centre's strategic contribution</source>
      <translation>検討結果を戦略文書にまとめて経営層と共有し、センターの戦略的な貢献を高める機会について合意する</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/method.py" line="72" />
      <source>Use the strategy to run the centre: technology choices, measures and objectives, and a hiring strategy that brings in the right people</source>
      <translation>戦略をセンター運営の土台にする: テクノロジーの選定、指標と目標、適した人材を採用する採用戦略</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="75" />
      <source>The plan has no title.</source>
      <translation>プランにタイトルがありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="77" />
      <source>The organisation is not named.</source>
      <translation>組織名が入力されていません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="79" />
      <source>Say which organisation strategy or mission the plan serves.</source>
      <translation>このプランが支える組織の戦略やミッションを記入してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="81" />
      <source>The executive summary is empty.</source>
      <translation>エグゼクティブサマリーが空です。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="84" />
      <source>No customer segments yet: who contacts us?</source>
      <translation>顧客セグメントがまだありません。誰が問い合わせてくるのでしょうか。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="95" />
      <source>No segments yet: priority customers are chosen among them.</source>
      <translation>セグメントがまだありません。優先顧客はセグメントの中から選びます。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="117" />
      <source>No contact reasons yet: why do customers get in touch?</source>
      <translation>問い合わせ理由がまだありません。顧客はなぜ問い合わせてくるのでしょうか。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="127" />
      <source>No channels yet: how can customers reach us?</source>
      <translation>チャネルがまだありません。顧客はどうやって連絡してくるのでしょうか。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="143" />
      <source>No channels yet: opening hours are set for each channel.</source>
      <translation>チャネルがまだありません。受付時間はチャネルごとに設定します。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="158" />
      <source>No measures yet: how will we know the strategy works?</source>
      <translation>指標がまだありません。戦略が機能していることをどう確かめますか。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="182" />
      <source>No insights yet: what do we learn that other departments need?</source>
      <translation>インサイトがまだありません。他部門に必要な気づきは何でしょうか。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="89" />
      <source>Segment "{name}" has no preferences recorded.</source>
      <translation>セグメント「{name}」の好みが記録されていません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="99" />
      <source>No segment is marked priority or premium; record whether any customers get a different service.</source>
      <translation>優先・プレミアムのセグメントがありません。異なるサービスを受ける顧客がいるかを記録してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="108" />
      <source>{tier} segment "{name}" has no service promise.</source>
      <translation>{tier}セグメント「{name}」にサービス約束がありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="122" />
      <source>Contact reason "{name}" has no planned treatment.</source>
      <translation>問い合わせ理由「{name}」に対策が計画されていません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="132" />
      <source>Planned channel "{name}" has no target launch date.</source>
      <translation>計画中のチャネル「{name}」に開始目標日がありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="138" />
      <source>Channel "{name}" serves no segment.</source>
      <translation>チャネル「{name}」が対応するセグメントがありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="153" />
      <source>Staffed channel "{name}" has no opening hours.</source>
      <translation>有人チャネル「{name}」に受付時間がありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="163" />
      <source>Measure "{name}" has no current value.</source>
      <translation>指標「{name}」に現在値がありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="169" />
      <source>Measure "{name}" has no target.</source>
      <translation>指標「{name}」に目標値がありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="175" />
      <source>Measure "{name}" has no target date.</source>
      <translation>指標「{name}」に目標期日がありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="188" />
      <source>Insight "{title}" has no recipient department.</source>
      <translation>インサイト「{title}」に共有先の部門がありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="196" />
      <source>Question not yet discussed: "{question}"</source>
      <translation>まだ議論していない問い: 「{question}」</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="205" />
      <source>Action "{title}" has no owner.</source>
      <translation>アクション「{title}」に担当者がいません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/readiness.py" line="210" />
      <source>Action "{title}" has no due date.</source>
      <translation>アクション「{title}」に期限がありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="38" />
      <source>{label} cannot be empty.</source>
      <translation>{label}は空にできません。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="44" />
      <source>Use a value from 1 (low) to 5 (high).</source>
      <translation>1（低い）から 5（高い）の値を使ってください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="52" />
      <source>A person's name</source>
      <translation>担当者の名前</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="54" />
      <source>The segment name</source>
      <translation>セグメント名</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="61" />
      <source>The contact reason</source>
      <translation>問い合わせ理由</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="65" />
      <source>The channel name</source>
      <translation>チャネル名</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="106" />
      <source>The measure name</source>
      <translation>指標名</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="108" />
      <source>The insight title</source>
      <translation>インサイトのタイトル</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="110" />
      <source>The question</source>
      <translation>問い</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="112" />
      <source>The action title</source>
      <translation>アクションのタイトル</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="126" />
      <source>The accent colour is written #RRGGBB, such as #1F5F6B.</source>
      <translation>アクセントカラーは #1F5F6B のように #RRGGBB の形で書きます。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="130" />
      <source>The logo must be a PNG or JPEG image.</source>
      <translation>ロゴは PNG または JPEG の画像にしてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="58" />
      <source>The share of customers is a percentage (0-100).</source>
      <translation>顧客の割合はパーセント（0〜100）で入力してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="68" />
      <source>The weekday must be Monday to Sunday.</source>
      <translation>曜日は月曜日から日曜日までです。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="70" />
      <source>Opening time must be between 00:00 and 23:59.</source>
      <translation>開始時刻は 00:00 から 23:59 の間にしてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="72" />
      <source>Closing time must be between 00:01 and 24:00.</source>
      <translation>終了時刻は 00:01 から 24:00 の間にしてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="77" />
      <source>Opening and closing times are the same; use 00:00-24:00 for a whole day.</source>
      <translation>開始時刻と終了時刻が同じです。終日の場合は 00:00〜24:00 としてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="88" />
      <source>Give both opening and closing times, or neither for a day closed throughout.</source>
      <translation>開始時刻と終了時刻を両方入力するか、終日休業の場合はどちらも空にしてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="132" />
      <source>The logo is larger than 2 MB; use a smaller image.</source>
      <translation>ロゴが 2 MB を超えています。小さい画像を使ってください。</translation>
    </message>
    <message>
      <location filename="ces_planner/domain/validation.py" line="102" />
      <source>On an exception day the channel must close after it opens, by 24:00.</source>
      <translation>例外日はチャネルが開いたあと 24:00 までに閉じるようにしてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="26" />
      <source>Plan overview</source>
      <translation>プランの概要</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="27" />
      <source>Customer segments</source>
      <translation>顧客セグメント</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="28" />
      <source>Priority and high-value customers</source>
      <translation>優先顧客・高価値顧客</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="29" />
      <source>Contact reasons</source>
      <translation>問い合わせ理由</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="30" />
      <source>Contact channels</source>
      <translation>コンタクトチャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="31" />
      <source>Hours of operation</source>
      <translation>受付時間</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="32" />
      <source>Measures and objectives</source>
      <translation>指標と目標</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="33" />
      <source>Business and customer intelligence</source>
      <translation>ビジネス・顧客インテリジェンス</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="34" />
      <source>Team discussion</source>
      <translation>チームでの議論</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="35" />
      <source>Actions</source>
      <translation>アクション</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="39" />
      <source>Standard</source>
      <translation>標準</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="40" />
      <source>Priority</source>
      <translation>優先</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="41" />
      <source>Premium</source>
      <translation>プレミアム</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="42" />
      <source>Earns revenue</source>
      <translation>収益を生む</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="43" />
      <source>Cost only</source>
      <translation>コストのみ</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="44" />
      <source>Other</source>
      <translation>その他</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="45" />
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="46" />
      <source>Email</source>
      <translation>メール</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="47" />
      <source>Chat</source>
      <translation>チャット</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="48" />
      <source>Messaging</source>
      <translation>メッセージ</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="49" />
      <source>Social media</source>
      <translation>ソーシャルメディア</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="50" />
      <source>Self-service</source>
      <translation>セルフサービス</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="51" />
      <source>In person</source>
      <translation>対面</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="53" />
      <source>Current</source>
      <translation>現行</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="54" />
      <source>Planned</source>
      <translation>計画中</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="55" />
      <source>Retired</source>
      <translation>廃止</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="56" />
      <source>Higher is better</source>
      <translation>高いほど良い</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="57" />
      <source>Lower is better</source>
      <translation>低いほど良い</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="58" />
      <source>Idea</source>
      <translation>アイデア</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="59" />
      <source>Shared</source>
      <translation>共有済み</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="60" />
      <source>Adopted</source>
      <translation>採用</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="61" />
      <source>Declined</source>
      <translation>見送り</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="62" />
      <source>Open</source>
      <translation>未着手</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="63" />
      <source>In progress</source>
      <translation>進行中</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="64" />
      <source>Done</source>
      <translation>完了</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="65" />
      <source>Dropped</source>
      <translation>中止</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="66" />
      <source>Preparation</source>
      <translation>準備</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="67" />
      <source>Workshop</source>
      <translation>ワークショップ</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="68" />
      <source>Added by hand</source>
      <translation>手動で追加</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="69" />
      <source>Eliminate</source>
      <translation>排除</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="70" />
      <source>Simplify</source>
      <translation>簡素化</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="71" />
      <source>Automate</source>
      <translation>自動化</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="72" />
      <source>Leverage</source>
      <translation>活用</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="76" />
      <source>Monday</source>
      <translation>月曜日</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="77" />
      <source>Tuesday</source>
      <translation>火曜日</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="78" />
      <source>Wednesday</source>
      <translation>水曜日</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="79" />
      <source>Thursday</source>
      <translation>木曜日</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="80" />
      <source>Friday</source>
      <translation>金曜日</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="81" />
      <source>Saturday</source>
      <translation>土曜日</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="82" />
      <source>Sunday</source>
      <translation>日曜日</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="84" />
      <source>Mon</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="84" />
      <source>Tue</source>
      <translation>火</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="84" />
      <source>Wed</source>
      <translation>水</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="84" />
      <source>Thu</source>
      <translation>木</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="84" />
      <source>Fri</source>
      <translation>金</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="84" />
      <source>Sat</source>
      <translation>土</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="84" />
      <source>Sun</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="105" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="106" />
      <source>Organisation</source>
      <translation>組織</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="107" />
      <source>Author</source>
      <translation>作成者</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="108" />
      <source>Language of the plan</source>
      <translation>プランの言語</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="109" />
      <source>Strategy or mission it serves</source>
      <translation>支える戦略・ミッション</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="110" />
      <source>Executive summary</source>
      <translation>エグゼクティブサマリー</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="117" />
      <source>People</source>
      <translation>担当者</translation>
    </message>
    <message>
      <location filename="ces_planner/labels.py" line="119" />
      <source>Contact log</source>
      <translation>問い合わせログ</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/charts.py" line="221" />
      <source>Value to the customer</source>
      <translation>顧客にとっての価値</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/charts.py" line="222" />
      <source>Value to the company</source>
      <translation>会社にとっての価値</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/charts.py" line="239" />
      <source>Segments served</source>
      <translation>対応セグメント数</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/charts.py" line="325" />
      <source>No measure has both a current value and a target yet.</source>
      <translation>現在値と目標値の両方がある指標はまだありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/charts.py" line="289" />
      <source>Target</source>
      <translation>目標</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="833" />
      <source>An average week of the log, 30-minute intervals, {target} of contacts answered within {s} seconds and {shrinkage} shrinkage (Erlang C).</source>
      <translation>ログの平均的な 1 週間、30 分間隔、問い合わせの {target} に {s} 秒以内に応答、シュリンケージ {shrinkage}（アーラン C）。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="71" />
      <source>The first {shown} rows of {total} are printed here; the spreadsheet export lists them all.</source>
      <translation>ここには {total} 行のうち最初の {shown} 行を載せています。すべての行はスプレッドシートの書き出しにあります。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="79" />
      <source>The first {shown} of {total} are printed here.</source>
      <translation>ここには {total} 件のうち最初の {shown} 件を載せています。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="149" />
      <source>Open around the clock</source>
      <translation>24 時間受付</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="288" />
      <source>Segment</source>
      <translation>セグメント</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="289" />
      <source>Tier</source>
      <translation>区分</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="290" />
      <source>Share of customers</source>
      <translation>顧客の割合</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="291" />
      <source>Preferred channels</source>
      <translation>好みのチャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="292" />
      <source>Traits and preferences</source>
      <translation>特徴と好み</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="379" />
      <source>Contact reason</source>
      <translation>問い合わせ理由</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="380" />
      <source>Category</source>
      <translation>分類</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="381" />
      <source>Value to customer</source>
      <translation>顧客価値</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="382" />
      <source>Value to company</source>
      <translation>会社価値</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="383" />
      <source>Treatment type</source>
      <translation>対策の種類</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="384" />
      <source>Planned treatment</source>
      <translation>計画している対策</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="385" />
      <source>Owner</source>
      <translation>担当者</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="445" />
      <source>Channel</source>
      <translation>チャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="445" />
      <source>Opening hours</source>
      <translation>受付時間</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="445" />
      <source>Hours a week</source>
      <translation>週あたり時間</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="544" />
      <source>Action plan</source>
      <translation>アクションプラン</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="574" />
      <source>Appendix: definitions and data sources</source>
      <translation>付録: 定義とデータソース</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="578" />
      <source>The plan file, as last changed on {date}.</source>
      <translation>プランファイル（最終更新 {date}）。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="632" />
      <source>Customer Experience Strategy (CES): this document. Customer Effort Score is one of its measures.</source>
      <translation>顧客体験戦略（CES）: 本書のこと。カスタマーエフォートスコアは指標の一つです。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="636" />
      <source>Average handle time (AHT): mean talk and wrap-up time of answered contacts.</source>
      <translation>平均処理時間（AHT）: 応答した問い合わせの通話時間と後処理時間の平均。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="637" />
      <source>Service level: share of contacts answered within {s} seconds, counted as {formula}.</source>
      <translation>サービスレベル: {s} 秒以内に応答した問い合わせの割合（計算方法: {formula}）。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="642" />
      <source>Average speed of answer (ASA): mean wait of answered contacts.</source>
      <translation>平均応答速度（ASA）: 応答した問い合わせの待ち時間の平均。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="643" />
      <source>Abandon rate: contacts abandoned ÷ contacts offered.</source>
      <translation>放棄率: 放棄された問い合わせ ÷ 着信した問い合わせ。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="644" />
      <source>Repeat-contact rate: share of contacts after which the same customer contacts us again within {n} days.</source>
      <translation>再問い合わせ率: 同じ顧客から {n} 日以内に再び問い合わせがあった問い合わせの割合。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="649" />
      <source>First-contact resolution (FCR): share of answered contacts resolved at the first contact, among those whose record says whether they were; abandoned contacts are left out.</source>
      <translation>一次解決率（FCR）: 応答した問い合わせのうち、解決したかどうかが記録されているものに占める、最初の対応で解決したものの割合。放棄された問い合わせは含めません。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="654" />
      <source>Satisfaction (CSAT) and customer effort in the evidence from contact records: mean of the scores given, on the survey's scale. Each of the plan's measures is counted as its definition in the measures table says.</source>
      <translation>問い合わせ記録から得た顧客満足度（CSAT）とカスタマーエフォート: 回答されたスコアの平均（調査の尺度のまま）。計画の各指標は、指標の表に記した定義のとおりに数えます。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="659" />
      <source>Outside-hours share: contacts that arrived while their channel was closed.</source>
      <translation>時間外の割合: チャネルの受付時間外に届いた問い合わせの割合。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="660" />
      <source>Staffing: Erlang C per 30-minute interval for the service-level target.</source>
      <translation>人員配置: サービスレベル目標に対する 30 分ごとのアーラン C。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="661" />
      <source>Value/irritant quadrants: a value of 3 or more out of 5 counts as valued.</source>
      <translation>価値・イライラ要因の四象限: 5 段階で 3 以上を「価値あり」とみなします。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="716" />
      <source>Evidence by reason</source>
      <translation>理由別の根拠データ</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="743" />
      <source>Evidence by channel</source>
      <translation>チャネル別の根拠データ</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="773" />
      <source>Evidence from contact records</source>
      <translation>問い合わせ記録に基づく根拠</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="812" />
      <source>Agent hours a week, today's hours</source>
      <translation>週あたりのオペレーター時間（現在の受付時間）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="813" />
      <source>More to answer contacts while closed</source>
      <translation>時間外の問い合わせに応えるための追加時間</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="814" />
      <source>Allowing for hang-ups (Erlang A)</source>
      <translation>途中で切るお客さまを考慮（アーラン A）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="815" />
      <source>Peak occupancy</source>
      <translation>ピーク時の稼働率</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="249" />
      <source>The plan at a glance</source>
      <translation>プランの要点</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="296" />
      <source>Share of contacts</source>
      <translation>問い合わせに占める割合</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="310" />
      <source>Segments</source>
      <translation>セグメント</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="322" />
      <source>Service promises</source>
      <translation>サービス約束</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="368" />
      <source>Each reason is rated 1-5 for its value to the customer and to the company. Low on both: eliminate. Valued by customers but costly: automate. Valued by the company but an irritant to customers: simplify. Valued by both: leverage.</source>
      <translation>各理由を、顧客にとっての価値と会社にとっての価値で 1〜5 の評価をします。両方低ければ排除、顧客には価値があるがコストがかかるなら自動化、会社には価値があるが顧客にとってイライラの種なら簡素化、両方に価値があれば活用します。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="416" />
      <source>Channels</source>
      <translation>チャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="460" />
      <source>Logged contacts while closed</source>
      <translation>受付時間外の問い合わせ（ログ）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="465" />
      <source>Hours</source>
      <translation>受付時間</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="493" />
      <source>Measures</source>
      <translation>指標</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="524" />
      <source>Insights</source>
      <translation>インサイト</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="542" />
      <source>Workshop outcomes</source>
      <translation>ワークショップの成果</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="566" />
      <source>{n} of these actions came out of the team workshop.</source>
      <translation>このうち {n} 件はチームのワークショップから生まれたアクションです。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="576" />
      <source>Data sources</source>
      <translation>データソース</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="618" />
      <source>Customer Experience Strategy of the contact centre</source>
      <translation>コンタクトセンターの顧客体験戦略</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="668" />
      <source>answered within the threshold ÷ answered</source>
      <translation>閾値以内に応答 ÷ 応答</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="669" />
      <source>answered within the threshold ÷ offered (abandoned contacts count as missed)</source>
      <translation>閾値以内に応答 ÷ 着信（放棄は未達として数える）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="672" />
      <source>answered within the threshold ÷ answered and abandoned, leaving out abandons shorter than 5 seconds</source>
      <translation>閾値以内に応答 ÷（応答＋放棄）。5 秒未満の放棄は除く</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="684" />
      <source>AHT (s)</source>
      <translation>AHT（秒）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="686" />
      <source>Service level</source>
      <translation>サービスレベル</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="695" />
      <source>ASA (s)</source>
      <translation>ASA（秒）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="696" />
      <source>Abandon rate</source>
      <translation>放棄率</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="697" />
      <source>FCR</source>
      <translation>一次解決率</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="698" />
      <source>CSAT</source>
      <translation>CSAT</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="699" />
      <source>Effort score</source>
      <translation>エフォートスコア</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="701" />
      <source>Repeat-contact rate ({days} days)</source>
      <translation>再問い合わせ率（{days} 日）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="705" />
      <source>Contacts arriving while their channel was closed</source>
      <translation>チャネルの営業時間外に届いた問い合わせ</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="719" />
      <source>Contacts</source>
      <translation>件数</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="720" />
      <source>Share</source>
      <translation>割合</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="722" />
      <source>Repeat-contact rate</source>
      <translation>再問い合わせ率</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="787" />
      <source>{n} contacts from {start} to {end}. Repeat-contact rate ({days} days): {rate}. Contacts arriving while their channel was closed: {outside}.</source>
      <translation>{start} から {end} までの問い合わせ {n} 件。再問い合わせ率（{days} 日）: {rate}。受付時間外に届いた問い合わせ: {outside}。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="819" />
      <source>Cost a week ({currency})</source>
      <translation>週あたりのコスト（{currency}）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="841" />
      <source>Staffing</source>
      <translation>人員配置</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="859" />
      <source>Workshop summary</source>
      <translation>ワークショップのまとめ</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="241" />
      <source>(No summary written yet.)</source>
      <translation>（サマリーはまだ書かれていません。）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="244" />
      <source>What this strategy serves</source>
      <translation>この戦略が支えるもの</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="253" />
      <source>{n} customer segments, {p} of them with a priority or premium service</source>
      <translation>顧客セグメント {n} 件、うち {p} 件は優先・プレミアムのサービス</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="258" />
      <source>{n} contact reasons rated for value to customers and to the company</source>
      <translation>顧客と会社にとっての価値を評価した問い合わせ理由 {n} 件</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="262" />
      <source>{n} channels, {planned} planned</source>
      <translation>チャネル {n} 件、うち計画中 {planned} 件</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="267" />
      <source>{n} measures with targets</source>
      <translation>目標のある指標 {n} 件</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="268" />
      <source>{n} open actions, each with an owner and a date</source>
      <translation>担当者と期限のある未完了のアクション {n} 件</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="275" />
      <source>Still to complete: {n} items (see the appendix).</source>
      <translation>未完成の項目: {n} 件（付録を参照）。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="313" />
      <source>How we will learn more</source>
      <translation>さらに理解を深める方法</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="323" />
      <source>Service promise</source>
      <translation>サービス約束</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="333" />
      <source>How each segment is served today</source>
      <translation>セグメント別の現在の応対状況</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="336" />
      <source>Service by segment</source>
      <translation>セグメント別の応対</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="376" />
      <source>Value/irritant matrix</source>
      <translation>価値・イライラ要因マトリクス</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="412" />
      <source>Channels and the segments they serve</source>
      <translation>チャネルと対応セグメント</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="419" />
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="420" />
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="421" />
      <source>Target launch</source>
      <translation>開始目標</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="423" />
      <source>Fit with segment preferences</source>
      <translation>セグメントの好みとの適合</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="444" />
      <source>Weekly opening hours by channel</source>
      <translation>チャネル別の週間受付時間</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="469" />
      <source>Exceptions</source>
      <translation>例外</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="490" />
      <source>Measures: today against target</source>
      <translation>指標: 現在値と目標</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="495" />
      <source>Measure</source>
      <translation>指標</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="496" />
      <source>Unit</source>
      <translation>単位</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="497" />
      <source>Direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="500" />
      <source>Target date</source>
      <translation>目標期日</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="501" />
      <source>Definition</source>
      <translation>定義</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="526" />
      <source>Insight</source>
      <translation>インサイト</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="527" />
      <source>What we observed</source>
      <translation>観察したこと</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="528" />
      <source>Evidence</source>
      <translation>根拠</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="529" />
      <source>Recipient department</source>
      <translation>共有先の部門</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="548" />
      <source>Action</source>
      <translation>アクション</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="548" />
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="548" />
      <source>Area</source>
      <translation>領域</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="548" />
      <source>Created from</source>
      <translation>作成元</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="592" />
      <source>Contact log {file} (contacts made up for the sample plan), imported on {imported}, covering {start} to {end} ({n} contacts).</source>
      <translation>問い合わせログ {file}（サンプルプラン用の架空の問い合わせ、{imported} に取り込み）: {start} から {end} まで（{n} 件）。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="598" />
      <source>Contact log {file}, imported on {imported}, covering {start} to {end} ({n} contacts).</source>
      <translation>問い合わせログ {file}（{imported} に取り込み）: {start} から {end} まで（{n} 件）。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="606" />
      <source>Still to complete</source>
      <translation>未完成の項目</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="614" />
      <source>Customer Experience Strategy</source>
      <translation>顧客体験戦略</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="689" />
      <source>(within {s} s; {formula})</source>
      <translation>（{s} 秒以内。{formula}）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="708" />
      <source>not known: the log gives dates only</source>
      <translation>不明（ログに日付しかありません）</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="777" />
      <source>These figures come from contacts made up for the sample plan, not from a centre's own records. Import the centre's contact log, or remove this one, before the document is sent.</source>
      <translation>これらの数値はサンプルプラン用の架空の問い合わせによるもので、センターの実際の記録ではありません。文書を送る前に、センターの問い合わせログを取り込むか、このログを削除してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="861" />
      <source>Actions from the workshop</source>
      <translation>ワークショップから生まれたアクション</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="864" />
      <source>Workshop actions</source>
      <translation>ワークショップのアクション</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="96" />
      <source>Decided: {text}</source>
      <translation>決定事項: {text}</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="98" />
      <source>Not yet discussed.</source>
      <translation>まだ議論していません。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="470" />
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="470" />
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="555" />
      <source>Whole plan</source>
      <translation>プラン全体</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="474" />
      <source>All channels</source>
      <translation>全チャネル</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/document.py" line="475" />
      <source>Closed</source>
      <translation>休業</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/docx_writer.py" line="225" />
      <source>Contents</source>
      <translation>目次</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/docx_writer.py" line="220" />
      <source>Page</source>
      <translation>ページ</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/docx_writer.py" line="320" />
      <source>None recorded yet.</source>
      <translation>まだ記録がありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/reports/pdf_writer.py" line="242" />
      <source>Page {n}</source>
      <translation>{n} ページ</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="30" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="37" />
      <source>Notes</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="53" />
      <source>Row {row}: {reason}</source>
      <translation>{row} 行目: {reason}</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="56" />
      <source>Nothing was imported.</source>
      <translation>何も取り込んでいません。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="121" />
      <source>Choose open, in progress, done or dropped.</source>
      <translation>open、in progress、done、dropped から選んでください。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="186" />
      <source>Status: {status}</source>
      <translation>ステータス: {status}</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="223" />
      <source>{name} is larger than an action table can be ({limit}); check the file.</source>
      <translation>{name} はアクション表としては大きすぎます（上限 {limit}）。ファイルを確かめてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="289" />
      <source>due date {value} is out of range</source>
      <translation>期限 {value} は範囲外です</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="55" />
      <source>(and {n} more rows with problems)</source>
      <translation>（ほかに問題のある行が {n} 行あります）</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="185" />
      <source>Owner: {name}</source>
      <translation>担当者: {name}</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="185" />
      <source>No owner yet</source>
      <translation>担当者未定</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="236" />
      <source>{name} cannot be read as a table (line {line}: {detail}); save it again as CSV or XLSX.</source>
      <translation>{name} は表として読み込めません（{line} 行目: {detail}）。CSV か XLSX で保存し直してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="282" />
      <source>due date "{value}" is not a date; write it as 2026-12-01</source>
      <translation>期限「{value}」は日付ではありません。2026-12-01 の形で書いてください</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="307" />
      <source>there is no file {name}</source>
      <translation>{name} というファイルはありません</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="315" />
      <source>the file is empty</source>
      <translation>ファイルが空です</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="318" />
      <source>no "Action" column in the header row</source>
      <translation>見出し行に「Action」列がありません</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="369" />
      <source>the action has no title</source>
      <translation>アクションにタイトルがありません</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="287" />
      <source>due date "{value}" does not exist</source>
      <translation>期限「{value}」は存在しない日付です</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="312" />
      <source>{name} cannot be read: {error}</source>
      <translation>{name} を読み取れません: {error}</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="346" />
      <source>{column} is longer than {n} characters</source>
      <translation>{column}が {n} 文字を超えています</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="357" />
      <source>no action with ID {id} in this plan; clear the ID to add it as a new action</source>
      <translation>このプランに ID {id} のアクションはありません。新しいアクションとして追加するには ID を消してください</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="364" />
      <source>ID {id} appears twice</source>
      <translation>ID {id} が 2 回出てきます</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="376" />
      <source>unknown status "{value}"; use open, in progress, done or dropped</source>
      <translation>ステータス「{value}」は使えません。open、in progress、done、dropped のいずれかにしてください</translation>
    </message>
    <message>
      <location filename="ces_planner/services/actions.py" line="386" />
      <source>unknown area "{value}"</source>
      <translation>領域「{value}」は使えません</translation>
    </message>
    <message>
      <location filename="ces_planner/services/backups.py" line="75" />
      <source>{name} ({n} contacts)</source>
      <translation>{name}（{n} 件の問い合わせ）</translation>
    </message>
    <message>
      <location filename="ces_planner/services/backups.py" line="24" />
      <source>{wanted} is not one of the backups of {plan}; 'ces-planner backups {plan}' lists them.</source>
      <translation>{wanted} は {plan} のバックアップではありません。一覧は「ces-planner backups {plan}」で確認できます。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/document.py" line="199" />
      <source>That change refers to something no longer in the plan, or repeats a name that must be unique.</source>
      <translation>その変更は、プランにもうないものを参照しているか、一意であるべき名前が重複しています。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/evidence.py" line="501" />
      <source>The contact log was read on the {old} clock, but the plan's time zone is now {new}: its hours of arrival, outside-hours figures and repeat windows are on the old clock; import the log again to read it on {new}.</source>
      <translation>問い合わせログは {old} の時刻で読み込まれましたが、プランのタイムゾーンは現在 {new} です。到着時刻、営業時間外の数値、再問い合わせの期間は古い時刻のままです。{new} で読むにはログを取り込み直してください。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/evidence.py" line="45" />
      <source>This plan has no contact records yet; import a log with 'ces-planner import-contacts PLAN LOG'.</source>
      <translation>このプランにはまだ問い合わせ記録がありません。'ces-planner import-contacts PLAN LOG' でログを取り込んでください。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/evidence.py" line="66" />
      <source>None of the {rows} rows of {file} could be read as a contact (most often: {reason}); the plan's contact log is unchanged. Check the column mapping.</source>
      <translation>{file} の {rows} 行のうち、問い合わせとして読めた行はありません（最も多い理由: {reason}）。計画の問い合わせログは変わっていません。列の対応を確かめてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/evidence.py" line="83" />
      <source>The contact log kept in {file} is damaged (part {part} of {parts} cannot be read), so its figures cannot be computed; the rest of the plan is whole. Remove the log (Evidence › Remove the contact log, or 'ces-planner remove-contacts') and import it again.</source>
      <translation>{file} に保存されている問い合わせログが壊れているため（{parts} 個中 {part} 個目を読み込めません）、数値を計算できません。計画のほかの部分は無事です。ログを削除して（エビデンス › 問い合わせログを削除、または「ces-planner remove-contacts」）、もう一度取り込んでください。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/evidence.py" line="105" />
      <source>{rejected} of the {rows} rows of {file} could not be read (most often: {reason}); the plan's contact log is unchanged. Check the column mapping, or import it anyway with --accept-partial.</source>
      <translation>{file} の {rows} 行のうち {rejected} 行が読めませんでした（最も多い理由: {reason}）。計画の問い合わせログは変わっていません。列の対応を確かめるか、--accept-partial を付けて取り込んでください。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/evidence.py" line="61" />
      <source>{file} has no contact rows (only a header, or nothing); the plan's contact log is unchanged.</source>
      <translation>{file} には問い合わせの行がありません（見出しだけ、または空）。計画の問い合わせログは変わっていません。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/evidence.py" line="414" />
      <source>it holds no settings (a JSON object is expected)</source>
      <translation>設定が含まれていません(JSON オブジェクトが必要です)</translation>
    </message>
    <message>
      <location filename="ces_planner/services/evidence.py" line="265" />
      <source>Saving the contacts in the plan…</source>
      <translation>問い合わせデータをプランに保存しています…</translation>
    </message>
    <message>
      <location filename="ces_planner/services/evidence.py" line="409" />
      <source>it is not valid JSON (line {line})</source>
      <translation>正しい JSON ではありません({line} 行目)</translation>
    </message>
    <message>
      <location filename="ces_planner/services/evidence.py" line="412" />
      <source>it is not a UTF-8 text file</source>
      <translation>UTF-8 のテキストファイルではありません</translation>
    </message>
    <message>
      <location filename="ces_planner/services/export.py" line="41" />
      <source>Unknown format {format}; choose one of docx, pdf, xlsx or html.</source>
      <translation>形式 {format} は使えません。docx、pdf、xlsx、html のいずれかを選んでください。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/export.py" line="48" />
      <source>There is no snapshot named "{name}"; 'ces-planner snapshots PLAN' lists them.</source>
      <translation>「{name}」というスナップショットはありません。'ces-planner snapshots PLAN' で一覧を表示できます。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/export.py" line="98" />
      <source>Reading the plan…</source>
      <translation>プランを読み込んでいます…</translation>
    </message>
    <message>
      <location filename="ces_planner/services/export.py" line="74" />
      <source>the folder {folder} does not exist</source>
      <translation>フォルダー {folder} がありません</translation>
    </message>
    <message>
      <location filename="ces_planner/services/export.py" line="76" />
      <source>it is a folder</source>
      <translation>フォルダーです</translation>
    </message>
    <message>
      <location filename="ces_planner/services/export.py" line="78" />
      <source>the folder is not writable</source>
      <translation>フォルダーに書き込めません</translation>
    </message>
    <message>
      <location filename="ces_planner/services/export.py" line="110" />
      <source>Drawing the charts…</source>
      <translation>グラフを描いています…</translation>
    </message>
    <message>
      <location filename="ces_planner/services/export.py" line="137" />
      <source>Writing the document…</source>
      <translation>文書を書き出しています…</translation>
    </message>
    <message>
      <location filename="ces_planner/services/findings.py" line="42" />
      <source>Contact log {file} (contacts made up for the sample plan), {start} to {end} ({n} contacts).</source>
      <translation>問い合わせログ {file}（サンプルプラン用の架空の問い合わせ、{start}〜{end}、{n} 件）。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/findings.py" line="48" />
      <source>Contact log {file}, {start} to {end} ({n} contacts).</source>
      <translation>問い合わせログ {file}（{start}〜{end}、{n} 件）。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/findings.py" line="66" />
      <source>{reason}: customers keep coming back</source>
      <translation>{reason}: 同じお客さまからの再問い合わせが多い</translation>
    </message>
    <message>
      <location filename="ces_planner/services/findings.py" line="67" />
      <source>{rate} of contacts about {reason} are followed by another from the same customer within {days} days ({overall} across all contacts).</source>
      <translation>「{reason}」の問い合わせの {rate} は、{days} 日以内に同じお客さまから再び問い合わせがあります（全体では {overall}）。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/findings.py" line="89" />
      <source>{reason}: the least satisfied customers</source>
      <translation>{reason}: 満足度が最も低い</translation>
    </message>
    <message>
      <location filename="ces_planner/services/findings.py" line="90" />
      <source>Customers who got in touch about {reason} rated their satisfaction {csat} on average, against {overall} across all contacts.</source>
      <translation>「{reason}」で問い合わせたお客さまの満足度は平均 {csat} で、全体の {overall} を下回っています。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/findings.py" line="114" />
      <source>{reason}: contacts nobody needs</source>
      <translation>{reason}: 誰にとっても不要な問い合わせ</translation>
    </message>
    <message>
      <location filename="ces_planner/services/findings.py" line="115" />
      <source>{share} of all contacts ({n}) are about {reason}, which is worth little to customers and to the company: removing its cause removes them.</source>
      <translation>全問い合わせの {share}（{n} 件）が「{reason}」で、お客さまにも会社にもほとんど価値がありません。原因を取り除けば、この問い合わせはなくなります。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/findings.py" line="140" />
      <source>{channel}: customers arrive while it is closed</source>
      <translation>{channel}: 受付時間外にお客さまが問い合わせている</translation>
    </message>
    <message>
      <location filename="ces_planner/services/findings.py" line="141" />
      <source>{n} contacts ({share} of the channel's) reached {channel} while it was closed.</source>
      <translation>{n} 件（このチャネルの {share}）が、受付時間外に{channel}に届きました。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/progress.py" line="13" />
      <source>Cancelled; nothing was changed.</source>
      <translation>取り消しました。何も変更していません。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/sample.py" line="108" />
      <source>Making up the sample's contact log…</source>
      <translation>サンプルの問い合わせログを作成しています…</translation>
    </message>
    <message>
      <location filename="ces_planner/services/sample.py" line="89" />
      <source>Writing the sample plan…</source>
      <translation>サンプルプランを書き込んでいます…</translation>
    </message>
    <message>
      <location filename="ces_planner/services/settings.py" line="34" />
      <source>Unknown setting {key}; the settings are {keys}.</source>
      <translation>設定 {key} はありません。設定は次のとおりです: {keys}。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/settings.py" line="73" />
      <source>service_level_threshold_seconds is from 0 to 3600 seconds.</source>
      <translation>service_level_threshold_seconds は 0〜3600 秒です。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/settings.py" line="75" />
      <source>cost_per_agent_hour cannot be negative.</source>
      <translation>cost_per_agent_hour は負の値にできません。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/settings.py" line="66" />
      <source>{key} must be a number, not "{value}".</source>
      <translation>{key} は数値にしてください（「{value}」ではなく）。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/settings.py" line="70" />
      <source>repeat_window_days is a whole number of days from 1 to 90.</source>
      <translation>repeat_window_days は 1〜90 の整数（日数）です。</translation>
    </message>
    <message>
      <location filename="ces_planner/services/settings.py" line="53" />
      <source>The service-level formula is one of {choices}.</source>
      <translation>サービスレベルの計算方法は次のいずれかです: {choices}。</translation>
    </message>
    <message>
      <location filename="ces_planner/storage/planfile.py" line="247" />
      <source>by process {pid} on {host}</source>
      <translation>プロセス {pid}（{host}）</translation>
    </message>
    <message>
      <location filename="ces_planner/storage/planfile.py" line="82" />
      <source>it is a link to a file that does not exist</source>
      <translation>存在しないファイルへのリンクです</translation>
    </message>
    <message>
      <location filename="ces_planner/storage/planfile.py" line="522" />
      <source>it is not a regular file</source>
      <translation>通常のファイルではありません</translation>
    </message>
    <message>
      <location filename="ces_planner/storage/reading.py" line="198" />
      <source>{kind} {id}: {field} {value} cannot be read; it is shown empty or as the default until it is changed.</source>
      <translation>{kind} {id}: {field} の値 {value} を読み込めません。変更されるまで空欄または既定値で表示します。</translation>
    </message>
    <message>
      <location filename="ces_planner/storage/reading.py" line="190" />
      <source>{kind} {id}: {field} {value} cannot be read, so the record is left out (the file keeps it); open an earlier copy of the plan to get it back.</source>
      <translation>{kind} {id}: {field} の値 {value} を読み込めないため、この記録は表示しません（ファイルには残っています）。取り戻すには計画の以前のコピーを開いてください。</translation>
    </message>
    <message>
      <location filename="ces_planner/storage/reading.py" line="269" />
      <source>The plan's title, language and summary are missing from the file.</source>
      <translation>計画のタイトル、言語、要約がファイルにありません。</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="48" />
      <source>When the contact arrived</source>
      <translation>問い合わせの着信日時</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="51" />
      <source>Customer id</source>
      <translation>顧客 ID</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="52" />
      <source>Customer segment</source>
      <translation>顧客セグメント</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="53" />
      <source>Handle time (seconds)</source>
      <translation>処理時間（秒）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="54" />
      <source>Wait before answer (seconds)</source>
      <translation>応答までの待ち時間（秒）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="55" />
      <source>Abandoned (yes/no)</source>
      <translation>放棄（はい／いいえ）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="56" />
      <source>Resolved at first contact (yes/no)</source>
      <translation>一次解決（はい／いいえ）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="57" />
      <source>Satisfaction score</source>
      <translation>満足度スコア</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="58" />
      <source>Customer effort score</source>
      <translation>カスタマーエフォートスコア</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="59" />
      <source>Answered (yes/no)</source>
      <translation>応答（はい/いいえ）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="60" />
      <source>When an agent answered</source>
      <translation>担当者が応答した日時</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="61" />
      <source>When the contact ended</source>
      <translation>問い合わせが終わった日時</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/evidence.py" line="62" />
      <source>Direction (inbound/outbound)</source>
      <translation>方向（着信/発信）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/operations.py" line="41" />
      <source>Unexpected error: {error}</source>
      <translation>予期しないエラー: {error}</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="346" />
      <source>Average handle time (s)</source>
      <translation>平均処理時間（秒）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="347" />
      <source>Average speed of answer (s)</source>
      <translation>平均応答速度（秒）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="348" />
      <source>First-contact resolution</source>
      <translation>一次解決率</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="349" />
      <source>Satisfaction score (mean)</source>
      <translation>満足度スコア（平均）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="350" />
      <source>Customer effort score (mean)</source>
      <translation>カスタマーエフォートスコア（平均）</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="649" />
      <source>Plan order</source>
      <translation>プランの順</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="650" />
      <source>Due date</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/pages/areas.py" line="576" />
      <source>What the contact log suggests</source>
      <translation>問い合わせログからの示唆</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="100" />
      <source>{n} of {total} reasons</source>
      <translation>{total} 件中 {n} 件の理由</translation>
    </message>
    <message>
      <location filename="ces_planner/ui/workshop.py" line="102" />
      <source>{share} of contacts</source>
      <translation>問い合わせの {share}</translation>
    </message>
  </context>
</TS>
