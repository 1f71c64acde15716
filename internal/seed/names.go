package seed

// The parts from which the synthetic names are made. Every company, organization, municipality
// and venue name is a combination of invented parts: soft Japanese words with katakana words and
// trade suffixes. Words that are (or sound like) the names of well-known companies or brands are
// deliberately left out, so that no award or registration is attributed to a real body.

// prefecture is one of the 47, with its seat of government for synthetic addresses and a rough
// population weight (tens of thousands) so that registrants and venues spread like people do.
type prefecture struct {
	code, ja, en, cityJa, cityEn string
	weight                       int
}

// prefectures are in the order of the national code (JIS X 0401), as in the GraphQL enum.
var prefectures = []prefecture{
	{"HOKKAIDO", "北海道", "Hokkaido", "札幌市", "Sapporo", 510},
	{"AOMORI", "青森県", "Aomori", "青森市", "Aomori", 120},
	{"IWATE", "岩手県", "Iwate", "盛岡市", "Morioka", 118},
	{"MIYAGI", "宮城県", "Miyagi", "仙台市", "Sendai", 228},
	{"AKITA", "秋田県", "Akita", "秋田市", "Akita", 93},
	{"YAMAGATA", "山形県", "Yamagata", "山形市", "Yamagata", 104},
	{"FUKUSHIMA", "福島県", "Fukushima", "福島市", "Fukushima", 179},
	{"IBARAKI", "茨城県", "Ibaraki", "水戸市", "Mito", 284},
	{"TOCHIGI", "栃木県", "Tochigi", "宇都宮市", "Utsunomiya", 191},
	{"GUNMA", "群馬県", "Gunma", "前橋市", "Maebashi", 191},
	{"SAITAMA", "埼玉県", "Saitama", "さいたま市", "Saitama", 734},
	{"CHIBA", "千葉県", "Chiba", "千葉市", "Chiba", 627},
	{"TOKYO", "東京都", "Tokyo", "千代田区", "Chiyoda City", 1404},
	{"KANAGAWA", "神奈川県", "Kanagawa", "横浜市", "Yokohama", 923},
	{"NIIGATA", "新潟県", "Niigata", "新潟市", "Niigata", 215},
	{"TOYAMA", "富山県", "Toyama", "富山市", "Toyama", 102},
	{"ISHIKAWA", "石川県", "Ishikawa", "金沢市", "Kanazawa", 111},
	{"FUKUI", "福井県", "Fukui", "福井市", "Fukui", 75},
	{"YAMANASHI", "山梨県", "Yamanashi", "甲府市", "Kofu", 80},
	{"NAGANO", "長野県", "Nagano", "長野市", "Nagano", 200},
	{"GIFU", "岐阜県", "Gifu", "岐阜市", "Gifu", 195},
	{"SHIZUOKA", "静岡県", "Shizuoka", "静岡市", "Shizuoka", 355},
	{"AICHI", "愛知県", "Aichi", "名古屋市", "Nagoya", 748},
	{"MIE", "三重県", "Mie", "津市", "Tsu", 174},
	{"SHIGA", "滋賀県", "Shiga", "大津市", "Otsu", 140},
	{"KYOTO", "京都府", "Kyoto", "京都市", "Kyoto", 255},
	{"OSAKA", "大阪府", "Osaka", "大阪市", "Osaka", 878},
	{"HYOGO", "兵庫県", "Hyogo", "神戸市", "Kobe", 540},
	{"NARA", "奈良県", "Nara", "奈良市", "Nara", 131},
	{"WAKAYAMA", "和歌山県", "Wakayama", "和歌山市", "Wakayama", 90},
	{"TOTTORI", "鳥取県", "Tottori", "鳥取市", "Tottori", 54},
	{"SHIMANE", "島根県", "Shimane", "松江市", "Matsue", 65},
	{"OKAYAMA", "岡山県", "Okayama", "岡山市", "Okayama", 186},
	{"HIROSHIMA", "広島県", "Hiroshima", "広島市", "Hiroshima", 276},
	{"YAMAGUCHI", "山口県", "Yamaguchi", "山口市", "Yamaguchi", 131},
	{"TOKUSHIMA", "徳島県", "Tokushima", "徳島市", "Tokushima", 70},
	{"KAGAWA", "香川県", "Kagawa", "高松市", "Takamatsu", 93},
	{"EHIME", "愛媛県", "Ehime", "松山市", "Matsuyama", 131},
	{"KOCHI", "高知県", "Kochi", "高知市", "Kochi", 67},
	{"FUKUOKA", "福岡県", "Fukuoka", "福岡市", "Fukuoka", 510},
	{"SAGA", "佐賀県", "Saga", "佐賀市", "Saga", 80},
	{"NAGASAKI", "長崎県", "Nagasaki", "長崎市", "Nagasaki", 128},
	{"KUMAMOTO", "熊本県", "Kumamoto", "熊本市", "Kumamoto", 171},
	{"OITA", "大分県", "Oita", "大分市", "Oita", 111},
	{"MIYAZAKI", "宮崎県", "Miyazaki", "宮崎市", "Miyazaki", 106},
	{"KAGOSHIMA", "鹿児島県", "Kagoshima", "鹿児島市", "Kagoshima", 157},
	{"OKINAWA", "沖縄県", "Okinawa", "那覇市", "Naha", 147},
}

// prefectureWeights are the population weights in the order of prefectures.
var prefectureWeights = func() []int {
	w := make([]int, len(prefectures))
	for i, p := range prefectures {
		w[i] = p.weight
	}
	return w
}()

// word is a name part and its katakana reading.
type word struct{ text, kana string }

// softWords begin company and organization names.
var softWords = []word{
	{"こもれび", "コモレビ"}, {"ひだまり", "ヒダマリ"}, {"そよかぜ", "ソヨカゼ"}, {"わかば", "ワカバ"},
	{"ほしぞら", "ホシゾラ"}, {"せせらぎ", "セセラギ"}, {"はるかぜ", "ハルカゼ"}, {"ゆうなぎ", "ユウナギ"},
	{"つむぎ", "ツムギ"}, {"しおさい", "シオサイ"}, {"やまびこ", "ヤマビコ"}, {"なごみ", "ナゴミ"},
	{"あさつゆ", "アサツユ"}, {"すずかぜ", "スズカゼ"}, {"もくせい", "モクセイ"}, {"ささぶね", "ササブネ"},
	{"かざぐるま", "カザグルマ"}, {"あまつぶ", "アマツブ"},
}

// katakanaWords follow a soft word in company names.
var katakanaWords = []word{
	{"ワークス", "ワークス"}, {"リンク", "リンク"}, {"ラボ", "ラボ"}, {"デザイン", "デザイン"},
	{"テック", "テック"}, {"ネット", "ネット"}, {"ブリッジ", "ブリッジ"}, {"フィールド", "フィールド"},
	{"クラフト", "クラフト"}, {"コネクト", "コネクト"}, {"プランニング", "プランニング"},
}

// tradeSuffix ends some company names and decides their industry.
type tradeSuffix struct {
	word
	industry string
}

var tradeSuffixes = []tradeSuffix{
	{word{"商事", "ショウジ"}, "卸売業，小売業"}, {word{"物産", "ブッサン"}, "卸売業，小売業"},
	{word{"工業", "コウギョウ"}, "製造業"}, {word{"製作所", "セイサクショ"}, "製造業"},
	{word{"精機", "セイキ"}, "製造業"}, {word{"食品", "ショクヒン"}, "製造業"},
	{word{"印刷", "インサツ"}, "製造業"}, {word{"建設", "ケンセツ"}, "建設業"},
	{word{"電設", "デンセツ"}, "建設業"}, {word{"運輸", "ウンユ"}, "運輸業，郵便業"},
}

// industries are major groups of the Japan Standard Industrial Classification, weighted towards
// the industries where telework is common; a company without a trade suffix draws from them.
var industries = []string{
	"情報通信業", "学術研究，専門・技術サービス業", "金融業，保険業", "不動産業，物品賃貸業",
	"サービス業（他に分類されないもの）", "医療，福祉", "教育，学習支援業", "宿泊業，飲食サービス業",
	"生活関連サービス業，娯楽業", "卸売業，小売業", "製造業",
}

var industryWeights = []int{30, 14, 8, 6, 10, 6, 5, 4, 3, 8, 6}

const publicService = "公務（他に分類されるものを除く）"

// companyForms are the legal forms: prefix or suffix. Readings leave the legal form out, as
// corporate registers do.
var companyForms = []struct {
	text   string
	prefix bool
	weight int
}{
	{"株式会社", true, 60}, {"株式会社", false, 25}, {"合同会社", true, 10}, {"有限会社", true, 5},
}

var companyFormWeights = func() []int {
	w := make([]int, len(companyForms))
	for i, f := range companyForms {
		w[i] = f.weight
	}
	return w
}()

// Organizations: legal form, a soft word, a subject and a kind of body.
var (
	orgForms    = []string{"一般社団法人", "特定非営利活動法人", "公益財団法人"}
	orgSubjects = []word{
		{"働き方", "ハタラキカタ"}, {"テレワーク", "テレワーク"}, {"地域しごと", "チイキシゴト"},
		{"ワーケーション", "ワーケーション"}, {"ふるさとワーク", "フルサトワーク"},
	}
	orgBodies = []word{
		{"研究会", "ケンキュウカイ"}, {"推進協会", "スイシンキョウカイ"}, {"ネットワーク", "ネットワーク"},
		{"フォーラム", "フォーラム"}, {"支援機構", "シエンキコウ"},
	}
)

// Municipalities are invented: a place word and 市, 町 or 村.
var (
	placeWords = []word{
		{"星見", "ホシミ"}, {"風見", "カザミ"}, {"花咲", "ハナサキ"}, {"鈴蘭", "スズラン"}, {"朝霧", "アサギリ"},
		{"白鷺", "シラサギ"}, {"月見野", "ツキミノ"}, {"青嵐", "セイラン"}, {"翠川", "ミドリカワ"},
		{"桜ヶ丘", "サクラガオカ"}, {"夕陽台", "ユウヒダイ"}, {"楓", "カエデ"}, {"東雲", "シノノメ"},
		{"千鳥", "チドリ"}, {"遠見", "トオミ"}, {"山吹", "ヤマブキ"}, {"陽ノ森", "ヒノモリ"},
		{"葵ヶ原", "アオイガハラ"}, {"七星", "ナナホシ"}, {"岬ヶ原", "ミサキガハラ"}, {"霞野", "カスミノ"},
		{"若鮎", "ワカアユ"}, {"雲雀野", "ヒバリノ"}, {"水晶台", "スイショウダイ"},
	}
	municipalSuffixes = []word{{"市", "シ"}, {"町", "チョウ"}, {"村", "ムラ"}}
	municipalWeights  = []int{50, 35, 15}
)

// person is a synthetic name part: kanji, katakana reading and the romanization for e-mail
// addresses.
type person struct{ kanji, kana, roman string }

var surnames = []person{
	{"佐藤", "サトウ", "sato"}, {"鈴木", "スズキ", "suzuki"}, {"高橋", "タカハシ", "takahashi"},
	{"田中", "タナカ", "tanaka"}, {"伊藤", "イトウ", "ito"}, {"渡辺", "ワタナベ", "watanabe"},
	{"山本", "ヤマモト", "yamamoto"}, {"中村", "ナカムラ", "nakamura"}, {"小林", "コバヤシ", "kobayashi"},
	{"加藤", "カトウ", "kato"}, {"吉田", "ヨシダ", "yoshida"}, {"山田", "ヤマダ", "yamada"},
	{"佐々木", "ササキ", "sasaki"}, {"山口", "ヤマグチ", "yamaguchi"}, {"松本", "マツモト", "matsumoto"},
	{"井上", "イノウエ", "inoue"}, {"木村", "キムラ", "kimura"}, {"林", "ハヤシ", "hayashi"},
	{"斎藤", "サイトウ", "saito"}, {"清水", "シミズ", "shimizu"}, {"山崎", "ヤマザキ", "yamazaki"},
	{"森", "モリ", "mori"}, {"池田", "イケダ", "ikeda"}, {"橋本", "ハシモト", "hashimoto"},
	{"阿部", "アベ", "abe"}, {"石川", "イシカワ", "ishikawa"}, {"前田", "マエダ", "maeda"},
	{"藤田", "フジタ", "fujita"}, {"小川", "オガワ", "ogawa"}, {"岡田", "オカダ", "okada"},
	{"比嘉", "ヒガ", "higa"}, {"金城", "キンジョウ", "kinjo"},
}

var givenNames = []person{
	{"大翔", "ヒロト", "hiroto"}, {"蓮", "レン", "ren"}, {"悠真", "ユウマ", "yuma"}, {"湊", "ミナト", "minato"},
	{"健太", "ケンタ", "kenta"}, {"翔太", "ショウタ", "shota"}, {"拓也", "タクヤ", "takuya"},
	{"浩二", "コウジ", "koji"}, {"誠", "マコト", "makoto"}, {"直樹", "ナオキ", "naoki"},
	{"太郎", "タロウ", "taro"}, {"一郎", "イチロウ", "ichiro"}, {"陽菜", "ヒナ", "hina"},
	{"結衣", "ユイ", "yui"}, {"美咲", "ミサキ", "misaki"}, {"葵", "アオイ", "aoi"}, {"花子", "ハナコ", "hanako"},
	{"恵子", "ケイコ", "keiko"}, {"由美", "ユミ", "yumi"}, {"真由美", "マユミ", "mayumi"}, {"彩", "アヤ", "aya"},
	{"優子", "ユウコ", "yuko"}, {"明美", "アケミ", "akemi"}, {"智子", "トモコ", "tomoko"},
}

// bilingual is a text in Japanese and English.
type bilingual struct{ ja, en string }

// venueKinds and venueRooms make synthetic venue names: "札幌市しごと交流センター 大会議室".
var (
	venueKinds = []bilingual{
		{"しごと交流センター", "Work Exchange Centre"}, {"産業振興会館", "Industry Promotion Hall"},
		{"テレワーク推進プラザ", "Telework Promotion Plaza"}, {"みらい創造館", "Future Creation Hall"},
	}
	venueRooms = []bilingual{
		{"大会議室", "Main Conference Room"}, {"多目的ホール", "Multipurpose Hall"},
		{"セミナールーム", "Seminar Room"}, {"交流ラウンジ", "Lounge"},
	}
)
