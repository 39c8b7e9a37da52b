"""What a unit name looks like, without a roster: the shape of Chinese
organisation names and a built-in lexicon of common departments.

Plans name their owners in running text, and scraped text loses the 、 or 。
that ends a list, the first characters of a name, or the separators between
names. Where no 单位名录 is given, this module is what tells a unit from the
words around it:

* **shape**: an organisation name ends like one (…局 …委 …办 …中心 …政府
  …办事处 …公司 …大队 …组 …社 …会, a zone's 开发区/高新区), or is a group
  (各乡镇, 各县（区）人民政府, …成员单位, 相关部门), and holds no task verb
  (推进, 加强, 完善 …);
* **lexicon**: the departments every county or city has, by the stems people
  write (发改, 人社, 卫健, 住建, 应急, 市场监管 …), and the party offices written
  after 县委/市委 (组织部, 编办, 网信办 …), so that "应急" or "委编办" can be
  completed and "市财政局审计局" cut into two names;
* **level prefix**: 省/市/县/区/旗/镇/乡 in front of a department (县财政局),
  never the 市 of 市场监管局.

No I/O and no roster here; ``.owner_lists`` uses these to cut, split and
repair owner lists, ``.markers`` to decide whether bracketed text names units.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..roster import is_group_phrase, is_unexpandable

LEVELS = "省市县区旗州盟镇乡"
# A department's stem as people write it (longest first when matched).
_STEMS = (
    "发展和改革", "发展改革", "发改", "工业和信息化", "经济和信息化", "经济信息化", "工信", "经信", "科经", "科工信",
    "科学技术", "科技", "教育体育", "教育和体育", "教育", "教体", "公安", "民政", "司法", "财政",
    "人力资源和社会保障", "人力资源社会保障", "人力社保", "人社", "自然资源和规划", "自然资源", "国土资源",
    "国土房管", "国土", "规划", "生态环境", "环境保护", "环保", "住房和城乡建设", "住房城乡建设", "住建", "城乡建设",
    "建设", "交通运输", "交通", "水利", "水务", "农业农村", "农牧", "农业", "农委", "农科", "农林", "林业和草原",
    "林草", "林业", "商务", "文化和旅游", "文化广电和旅游", "文化广电旅游", "文化旅游", "文广旅", "文旅", "文广",
    "文化", "卫生健康", "卫生计生", "卫健", "卫生", "退役军人事务", "应急管理", "应急", "审计", "国有资产监督管理",
    "国资", "市场监督管理", "市场监管", "市监", "统计", "医疗保障", "医保", "城市管理", "城管执法", "城管", "综合行政执法",
    "综合执法", "行政审批", "审批", "信访", "税务", "粮食和物资储备", "粮食", "地方金融监管", "金融", "大数据", "数据",
    "能源", "体育", "旅游", "质监", "质量技术监督", "工商", "供销", "广电", "民族宗教", "民宗", "人防", "气象",
    "档案", "机关事务", "政务服务", "投资促进", "融媒体", "残联", "妇联", "科协", "工商联", "总工会", "红十字", "消防救援",
    "人口计生", "节水", "重大项目", "经委", "建委", "交委", "教委", "环保", "爱卫", "食安", "食药安", "安委", "编委",
    "文物",  # 文物局, 各级文物行政部门 (blind w1292)
    "海洋与渔业", "海洋和渔业", "住房保障和房产管理", "卫生和计划生育", "人口和计划生育", "国土资源和规划", "国土资源和房屋管理",
    "科学技术和信息化",  # one department each, though 和 joins two sectors' words (blind w1928, w1882)
)
# Sectors of older plans and of regulations, written as a sector's 部门 ('物价部门会同…', '安监、交警部门…', blind w2208,
# w1790, w2150): sectors (``is_sector``), not stems a run-together name is split at (市安监局综合处, 县委宣传部,
# 农业农村部畜牧兽医局 stay whole).
_SECTORS_ONLY = (
    "物价", "商贸", "经贸", "宣传", "安全生产监督管理", "安全生产监管", "安全监管", "安监", "监察", "劳动和社会保障",
    "劳动保障", "劳动", "人事", "工商行政管理", "供电", "电力", "住房保障", "房产管理", "房管", "房产", "铁路",
    "公安交警", "交警", "畜牧兽医", "畜牧", "水产", "渔业", "海洋", "机构编制", "扶贫", "邮政", "综治", "消防", "地震",
    "防震减灾", "园林", "疾控", "食品药品监督管理", "食品药品监管", "食药监", "药监", "人口和计划生育", "计划生育",
    "外事", "侨务", "老龄", "通信", "港口", "烟草", "乡村振兴", "环卫", "粮储",
)
# What follows a stem in a department's name.
_DEPT_TAILS = ("委员会", "办公室", "管理局", "执法局", "局", "委", "厅", "部", "办", "中心", "社", "会", "联", "队",
               "支队", "大队")
# Offices of a party committee: 县委组织部, 市委编办 (written "委组织部" when the 县 is lost).
PARTY_OFFICES = ("组织部", "宣传部", "统战部", "政法委", "编办", "机构编制委员会办公室", "网信办", "农办", "改革办",
                 "办公室", "办", "督查室", "巡察办", "考核办", "政研室", "党校", "老干部局", "台办", "外办", "深改办",
                 "财经办", "军民融合办", "政府督查室")
# A short form standing alone, and the name it stands for (应急 -> 应急管理局).
SHORT_FORMS = {
    "应急": "应急管理局", "住建": "住建局", "发改": "发改委", "人社": "人社局", "卫健": "卫健委", "工信": "工信局",
    "经信": "经信局", "教体": "教体局", "农业农村": "农业农村局", "市场监管": "市场监管局", "自然资源": "自然资源局",
    "生态环境": "生态环境局", "财政": "财政局", "公安": "公安局", "民政": "民政局", "司法": "司法局", "商务": "商务局",
    "审计": "审计局", "统计": "统计局", "医保": "医保局", "城管": "城管局", "文旅": "文旅局", "交通": "交通局",
    "水利": "水利局", "水务": "水务局", "林草": "林草局", "科技": "科技局", "教育": "教育局", "税务": "税务局",
    "信访": "信访局", "退役军人事务": "退役军人事务局", "行政审批": "行政审批局", "大数据": "大数据局",
    "市监": "市场监管局",  # 市场监管 cut short; its 市 is no level ("发改、市监配合" in a county's plan)
}
_STEM_RE = "|".join(sorted(set(_STEMS), key=len, reverse=True))
_SECTOR_RE = "|".join(sorted(set(_STEMS + _SECTORS_ONLY), key=len, reverse=True))
_TAIL_RE = "|".join(sorted(_DEPT_TAILS, key=len, reverse=True))
_PARTY_RE = "|".join(sorted(PARTY_OFFICES, key=len, reverse=True))
DEPARTMENT_RE = re.compile(rf"^(?:{_STEM_RE})(?:{_TAIL_RE})$")
PARTY_RE = re.compile(rf"^[{LEVELS}]?委(?:{_PARTY_RE})$|^(?:共青)?团[{LEVELS}]?委$")

# The last word of an organisation's name.
ORG_END_RE = re.compile(
    r"(?:局|委|办|院|部|中心|政府|办事处|公司|集团|(?<!带)队|厅|社|会|(?<=[妇残文侨商青学台科])联|组|所|站|处|署|[银分支总]行|室|馆|关|团|校|班|庭|党委|党工委"
    r"|支部|单位|部门|机关|机构|协|台|宫|股|科|防指|[中小大]学|团体|门诊|诊所|(?:经济|群众|自治|党|社会|管理|行业)组织"
    r"|(?<=公路|养护|工务|航道)段|(?<=联席)会议|(?<=人)大|监狱|公司[\u4e00-\u9fff]{1,6}基地|(?<=监测|服务|检测|接种|采样)站点|(?:水|电|处理)厂|(?<=[林牧农渔茶苗])场|场圃|运营商"
    r"|(?<=金融|银行|教育|卫生|卫健|公安|政法|司法|税务|交通|民政|人社|医保|水利|电力|电信|通信|邮政|财政|审计|检察|法院)系统"
    r"|(?<=新闻|主流)媒体)$")  # 人民团体 (unseen w552), 预防接种门诊 (w576), 村集体经济组织 (a probe of a892e7e),
# 基层群众组织 and 基层群众性自治组织 (村委会, 居委会: unseen w921), 市公路段 (a road section's maintenance office, unseen
# w944; no 阶段, 路段), a people's congress by its short name (各级人大, unseen w1462), a joint meeting as a body
# (学校及周边治安综合治理联席会议, unseen w1095: its duties listed as a body's are; no 工作会议, a meeting held);
# 带队 (going with a group) ends no name (blind w1051); a company's site by its place (融通公司晋江基地, unseen w1584);
# stations of a network (野生动物疫源疫病监测站点, unseen w2648; 服务站点), not a website's 站点; water works and power
# plants (各水厂, 县自来水厂, 污水处理厂: unseen w2632); state farms and nurseries (国营林场, 各农场, 国营场圃: unseen w2641)
# the carriers and a sector's bodies as a whole ("三大电信运营商、金融银行系统、市场监管部门…要…", unseen w2700; 教育系统);
# the press ('宣传部门和新闻媒体要统筹安排宣传工作', unseen w2703)
# "有关部门" ending an unspecific group; what stands before it must be a place or a body, no duty's words
# ("积极配合有关部门" is no unit).
UNSPECIFIC_TAIL_RE = re.compile(r"(?:相关|有关|其他|其它)的?(?:成员单位|职能部门|部门|单位|乡镇|街道|科室)$")
# The kind of body a list of sectors closed by 等 names ("水利、农业、林业、国土等涉灾部门", "公安、交通等执法部门",
# "A、B等成员单位"): no sector of its own; the named sectors' departments are the units.
PLAIN_KIND = r"(?:执法|成员|责任|业务|涉[灾农企水林])"  # a body's kind no sector's name keeps (水利部门, not 水利涉灾部门)
BODY_KIND = r"(?:行业|职能|" + PLAIN_KIND + ")"
CLOSING_GROUP = r"等(?:相关|有关)?" + BODY_KIND + r"?(?:部门|单位)"  # what closes a list left open by 等: 等有关职能部门
# A level, with the levels in brackets that stand in its place: 县(市、区), 乡(镇); levels sharing a name list them.
LEVEL_WITH_PAIR = r"[省市县区州旗乡镇](?:[（(][市县区旗、]{1,6}[）)])?"
# Things, not bodies, though 台 or 宫 ends the word (县广播电视台 and 青少年宫 are bodies).
# 社会 (society: 凡申请社会救助, 受理社会救助) ends no body's name either, nor 处 in a verb or a noun that is
# no office (依法查处, 不足之处, 好处).
NOT_AN_ORG_END_RE = re.compile(r"(?:家庭|平台|舞台|看台|阳台|站台|讲台|展台|柜台|窗台|前台|后台|擂台|灶台|迷宫|子宫|社会"
                               r"|(?<!供)电站|加油站|加气站|泵站"  # a plant, no body ('村级光伏扶贫电站必须于…', unseen w2301)
                               r"|布局|大局|结局|骗局|僵局|开局|变局"  # a layout: no bureau ('科学布局…', unseen w2161; not
                               # 文广新局, 安全局, 价格局)
                               r"|查处|惩处|好处|坏处|难处|之处|用处|益处|去处|住处|到处|相处|处处|出处|长处|短处|深处|别处|各处"
                               r"|(?<![\u4e00-\u9fff])[地所此位远近]处|身处"  # located at (地处市城市规划区内的古树名木, unseen w2435)
                               r"|有关|相关|攸关|无关|部署|小区|辖区|片区|厂区|矿区|库区|场所|(?:部门|支队|大队|中队|局|厅|委|办|中心)组|(?:召集|主持|召开|参加|出席|列席)[^，,。]*联席会议"
                               r"|(?<![\u4e00-\u9fff])(?:承|主|协|举|创|开|代|帮|交|转|查|经|领|包|操|筹|申|兴|合)办"
                               r"|(?:例|座谈|培训|推进|调度|现场|动员|部署|见面|茶话|运动|博览|交易|展销|招聘|洽谈|推介|发布|听证|表彰"
                               r"|总结|汇报|分析|研讨|论证|观摩|交流|誓师|启动|报告|碰头|晚|庙)会"
                               r"|(?:机|约|聚|体|误|领|宴|舞|都|省|幽)会"  # a chance, a gathering, a city: no 会 of a body
                               # (增加就业机会, blind w137; 工作机会; 社会 is above)
                               r"|(?:(?<=[队局所部院])|(?<![\u4e00-\u9fff]))(?:副)?政委)$")  # a post: '市公安交警支队政委'
                               # (unseen w2669), '政委' cut from it (the stranger's probe)
# 家庭 (a household: "家庭用餐情况落实到各社区管理", unseen w1742) is no 庭 (法庭); 小区, 辖区, 片区, 厂区 …: places in a district, and 场所 a venue: no body (住宅小区应…, unseen w1030);
# 关 ends 海关, not 有关; 部署 (防汛工作部署) no 公署; a verb in 办 alone (承办, 主办, 交办: "承办单位应…", unseen
# w813) is no office, though 目督办, 双创办 and 公开办 are; a meeting or an event in 会 (学习例会, 推进会, 运动会, unseen
# w850) is no body, though 院长办公会, 党委会 and 联席会 decide as bodies do
# A count before a body's kind or a thing's measure word: "每天由一个党委组织…", "组织展演一台文艺晚会" (unseen w1750).
COUNTED_START = re.compile(r"(?:[一二三四五六七八九十两几]|\d+)个|.{0,4}?[一二三四五六七八九十两几\d]台$|第[一二三四五六七八九十\d]+批")
# People, not a body, though 部 ends the word: 村干部, 驻村干部, 党员干部 (老干部局 ends in 局).
PEOPLE_END_RE = re.compile(r"干部$")
# A bureau's own sections (文化宣传股, 财务科, 污控科), the lowest level: no 学科, 本科, 控股, 入股.
SECTION_END_RE = re.compile(r"[\u4e00-\u9fff]{2}[股科]$")
NOT_A_SECTION_RE = re.compile(r"(?:(?:学|本|专|预)科|(?:入|参|控|持|配|炒|募|招)股)$")
# A zone or place that acts as an owner (立山经济开发区, 高新区, 各乡镇).
PLACE_END_RE = re.compile(r"(?:开发区|园区|高新区|示范区|新区|试验区|度假区|管理区|(?:产业|工业|高新|科技|科创|软件|物流|创业)园"
                          r"|林场|农场|街道|乡镇)$")
# A county, district, town or village by its name (临河区, 城关镇, 乌拉特前旗), not 城区 or 城乡.
PLACE_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:县|区|市|(?<!自治)州|旗|盟|镇|乡|村|苏木|嘎查)$")
# Counties whose name is one character before 县 (a place is otherwise two characters at least: 全县, 本县, 各县 are none).
ONE_CHARACTER_COUNTIES = frozenset("泗萧沛丰攸蠡滑叶郏睢杞歙黟和新息澧祁易容藤岚兴隰洋眉陇勉乾礼岷徽雄单费莒"
                                   "温淇浚范莘冠曹绛涉磁魏邱威献唐青文渠沁代应蔚泾宁凤嵩泸珙高理茂忠荣")
# A place whose name holds 和 (太和县, 和平区, 清和镇; unseen probe), not levels joined by it (市和区).
PLACE_WITH_AND_RE = re.compile(r"(?:[^\W\d各全本我该省市县区乡镇村和与及]和|和[^\W\d各全本我该和与及省市县区乡镇村社园校])(?:县|区|市|旗|镇|乡)")
NOT_A_PLACE_RE = re.compile(r"[和与及全本我该各]|(?:(?<!^[^大小新老中主省市县])城|市|辖|牧|矿|社|景|农|城乡|县乡)(?:县|区|市|镇|乡|村)$"
                            r"|(?:^|偏远|贫困|边远|高寒|干旱|石漠|丘陵|深|大)山(?:区|镇|乡|村)$"  # 山区, 偏远山区; not 仓山区, 佛山市
                            r"|^[让使把对在为给被到由与向]城[市区乡镇]$")  # the city after a verb ('让城市天际线亮起来', unseen w2655)
# (城市, 大城市, 老城区 are no places; a city named by one character before 城 is: 晋城市, 桐城市, 聊城市, unseen w2288)
# A community by its name, its town's or street's before it or not (南苑社区, 城关镇东门社区: blind w237's 南苑社區),
# not a kind of community (农村社区, 智慧社区, 和谐社区, 一刻钟社区), a level's or a place's communities as a whole
# (街道社区, 我镇社区, 所在社区), nor a name cut after its town's first characters (城关|镇东门社区).
COMMUNITY_NAME_RE = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))?([\u4e00-\u9fff]{2,4})社区$")
NOT_A_COMMUNITY_RE = re.compile(
    r"[和与及全本我该各每其某]|(?:[省市县区镇乡村]|街道|城乡|城市|城镇|农村|乡村|基层|智慧|和谐|平安|文明|绿色|美丽|幸福|安全|完整"
    r"|示范|试点|老旧|新型|新建|便民|一刻钟|所在|所属|辖区|周边|居住|相关|有关|其他|其它|重点|安置|搬迁|移民|涉农|数字|健康"
    r"|生态|宜居|现代|特色|先进|达标|模范|标准化|交通安全)社区$")
GROUP_RE = re.compile(r"^(?:[省市县区旗州盟]{1,2}(?:级|直属|直)?|[镇乡](?:直属|直))?(?:各|全|相关|有关|其他|其它)|^[省市县区旗州盟镇乡]直|成员单位$")
# Words of a task, never of a unit's name.
TASK_WORD_RE = re.compile(
    r"完善|推进|加强|开展|建立|健全|实施|做好|加快|提高|提升|强化|严格|确保|切实|按照|根据|抓好|深入|积极|认真|及时|明确|压实|夯实|聚焦|坚持|注重"
    r"|每[年季月周旬日天半]|年内|年底|完成|进行|组织开展|负责|牵头|配合|落实|督促|指导督查|以下|以上|所列|促进|推动|制定|出台|引导"
    r"|鼓励|加大|会同|协同|协助|联合|协调|组织|统筹|督促|召开|举办|举行|成立|[的要将把对由在到]|\d"
    r"|不得|严禁|禁止|擅自|届时|下设|实行"  # a rule's prohibition ("校外机动车辆不得擅自进入学校", unseen w495), 届时乡将… (w480)
    r"|上报|报送"  # '由农业行政主管部门上报同级政府和…' (unseen w2175): a report sent up, no name
    r"|包括|包含"  # "成员单位包括市委宣传部、…" (blind w1465): who a body holds, no name; 到: where one goes
    # ("治安大队到银行及通讯运营商检查…", unseen w2707: no name holds it)
    r"|通过|依托|借助"  # "通过各中直机关党委抓好…": the means a duty works through, no subject (unseen w534)
    r"|确定|(?<!政治)协商"  # "由A组织协商确定主办和协办单位" (unseen w811): what is done, no unit (政治协商会议 is one)
    r"|设立|组建|取消|拒绝|聘用|聘请|配备|代表(?![处团])|[还還](?![建])(?=[\u4e00-\u9fff])"  # "县级教育行政部门设立专项办" (unseen w843), "该县还组成…督导组" (w857); 还建办 is one;
    # "取消五处集市", "拒绝提供…调查所需的资料" (blind w122, w266); "社区聘用劳动保障协理员" (unseen w1271)
    r"|搭建|构建|营造|打造"  # "…,搭建家校食品安全沟通平台" (unseen w2465): what is built, no 家校
    r"|妥善|解[决決](?!中心|办公室|办|室|站)"  # "二、妥善解决农机安全监理机构编制…问题" (unseen w2668): a heading's work, no body
    r"|^承担"  # "(二)承担自治区推进…协调小组办公室日常工作" (blind w1516): a duty's verb (项目承担单位 is a kind of body)
    r"|统一(?!战线)"  # "…牵头,统一编写中小学|法治读本": a duty's manner (统一战线工作部 is a name; unseen w551)
    r"|以(?!工代赈)"  # "无证经营整治以土地办负责": the work before 以, the unit after it (以工代赈办 is an office)
    r"|^指导(?![中站所组科处办])"  # a duty opening 指导各学校…, 指导社区…: no 指导中心, 指导站
    r"|(?:可|应|须|均|要)向"  # "居民可向区住建局咨询": a sentence addressed to a unit, no unit's name
    r"|(?<![许认])可(?=联系|委托|申请|通过|采取|采用|根据|按照|自行|选择)"  # what one may do: "运输企业可联系GPS…运行公司" (unseen w2625)
    r"|纳入|构建|着力|参与|(?<![对])不(?=[纳列属得再予能可])"  # "联席会议不纳入县级议事协调机构管理" (unseen w1140): a rule about the body
    r"|(?<![供响适相对反效感回呼理])应(?![急用城县消])")  # a modal: "各市应指定一个部门", "承办单位应限时办结" (unseen
# w813); not 应急管理局, 应消站, 物资供应站, 应城市
GROUP_END_RE = re.compile(r"(?:乡镇|街道|镇街|街镇|社区|村|镇|乡|县|区|市|州|旗|盟|县区|旗区|地|居|场)$")
TRAILING_NOTE_RE = re.compile(r"[（(〔][^（）()〔〕]*[）)〕]$")
# A grassroots body named in quote marks: 村“两委”, 社区“两委” (not 开办“一网通办”, “放管服”).
QUOTED_RE = re.compile(r"^(各?(?:村|社区|居|乡镇|镇|乡|街道))“([^“”]{1,6})”$")
BRACKETED_RE = re.compile(r"[（(〔][^（）()〔〕]*[）)〕]")  # 各县（市、区）政府, 各县〔市、区〕政府
GOVERNMENT_RE = re.compile(rf"(?:人民政府|政府|党委|党工委|国务院|^[{LEVELS}]?委)$")
MAX_NAME = 30
# A unit's last character and the next one, when they make a word: the name does not end there.
WORDS_ACROSS_THE_END = frozenset(("办法", "办理", "办好", "办事", "会议", "会同", "会商", "部署", "部分", "局面", "处理",
                                  "处置", "处罚", "部门", "所有", "所在", "所经", "所需", "站点", "行动", "行业", "行为", "社会", "院校", "队伍",
                                  "组织", "室内", "馆藏", "关注", "关键", "团结", "校园", "班子", "协助", "协调", "协同", "协作", "协力", "联动",
                                  "市场", "市民", "市容", "市政", "社区", "区域", "县域", "县城", "台账", "站位", "所得", "所属", "联合", "学生", "学习",
                                  "组成", "科学", "科研", "科普"))  # '…指挥部办公室组成及其主要职责' (unseen w1521): a body's make-up, no 组
# 所在 is a word (户籍所在地, 其所在单位), but a station's name may end at its 所 when the station acts once something is
# done or at some time ("司法所在摸排工作完成后,要…", unseen w1672; "派出所在接到报警后,应当…").
STATION_ACTING_WHEN = re.compile(r"(?<=司法|派出|看守|戒毒|拘留|劳教|财政|卫生|兽医|林业|国土|供电|水利|农经|畜牧|税务|工商|规划|动监"
                                 r"|农技|文化|统计|经管|农机|水管|城建|安监|环保|监管|执法|交管|路政)所在[^，,。；;\n在]{1,24}?"
                                 r"(?:以后|之后|以前|之前|后|前|时|期间|过程中|之际)(?:[，,]|$)")


def across_the_end(text: str, j: int) -> bool:
    """Whether a name may not end at ``text[:j]`` because the two characters around ``j`` are one word (会同,
    所需, 户籍所在)."""
    pair = text[j - 1:j + 1]
    return pair in WORDS_ACROSS_THE_END and not (pair == "所在" and STATION_ACTING_WHEN.match(text, j - 1))


# Words after a unit that say its part, not its name: （牵头）, 按职责分工负责, 等; and the unit's own
# subordinates ("县水利局及其下属单位", "市卫健委及所属医疗机构"): the unit answers for them, no unit of their own;
# so for the body it may designate ("…或指定部门").
NOTE_TAIL = re.compile(r"(?:[（(]\s*(?:牵头|主办|负责|配合|协办)\s*[)）]|[（(]\s*(?:设在|设于)[^（）()]{1,20}[)）]"  # (设在…): its seat
                       r"|(?:按照?职责分工|按照?职责|分别|分级|共同|具体|组织|抓好)*"
                       r"(?:牵头负责|牵头落实|负责落实|负责|牵头|配合|参与|协办|协助|落实|实施)|按照?职责(?:分工)?|等部门|等单位|等"
                       r"|(?<=[\u4e00-\u9fff）)])[及和]其?(?:下属|所属|直属)各?[\u4e00-\u9fff]{0,6}?(?:单位|机构|部门|企业|站所|学校|医院)"
                       r"|(?<=[\u4e00-\u9fff）)])或其?(?:指定|委托)的?(?:部门|单位|机构))$")  # "基层武装部或指定部门" (unseen w552): the unit, or one it names


SUBORDINATES = re.compile(r"[及和]其?(?:下属|所属|直属)")


# The commonest surnames (about nine in ten people carry one of them): a leader's name in a
# table whose cells lost their separators starts with one ("何海平教育局…", not "提升康复…").
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
    "安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路"
    "游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全"
    "佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚"
    "鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁"
    "芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶"
    "斯元束檀衣信展阴昝智幸奉植衡富尧闭由")


def person_name(text: str) -> bool:
    """Two or three characters that read as a person's name: a common surname first, no unit's shape."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text)) and text[0] in SURNAMES and not is_unit_name(text)


def strip_role_words(piece: str) -> str:
    """"市委组织部按职责分工" -> 市委组织部; "县农业农村局（牵头）" -> 县农业农村局."""
    prev = None
    while prev != piece:
        prev = piece
        piece = NOTE_TAIL.sub("", piece.strip(" \u3000。.：:")).strip()
    return piece


def strip_note(name: str) -> str:
    """"县发改局(粮食局)" -> "县发改局": a trailing parenthesis (a second name, a person)."""
    stripped = TRAILING_NOTE_RE.sub("", name).strip()
    return stripped or name


def _bare_department(name: str) -> bool:
    return bool(DEPARTMENT_RE.match(name) or PARTY_RE.match(name))


def level_of(name: str) -> str:
    """The level prefix a department is written with ("县", "市" …), or "":
    市民政局 -> 市, 市场监管局 -> "" (its 市 belongs to the name)."""
    name = strip_note(name)
    return name[0] if len(name) > 2 and name[0] in LEVELS and _bare_department(name[1:]) else ""


def without_level(name: str) -> str:
    """"县财政局" -> "财政局", "市场监管局" unchanged."""
    return name[1:] if level_of(name) else name


@lru_cache(maxsize=65536)
def is_department(name: str) -> bool:
    """A common department as the lexicon knows it, with or without its level:
    县财政局, 人社局, 市委组织部, 委编办 (a party office that lost its 县)."""
    name = strip_note(name)
    return _bare_department(name) or bool(level_of(name))


def is_group(name: str) -> bool:
    """各乡镇, 县直各部门, 食安委各成员单位, 相关部门, 负有安全生产监管职责的部门: stands for several units."""
    return bool(GROUP_RE.search(strip_note(name))) or duty_bearing(name)


# The departments a law gives a duty, named by it ('负有安全生产监督管理职责的部门', '負有…職責的有關部門', unseen w700).
DUTY_BEARING = re.compile(r"(?:负有|承担)[^，,。；;\s的]{2,24}?(?:职责|责任)的(?:有关|相关|其他)?(?:部门|单位)")


def duty_bearing(name: str) -> bool:
    return bool(DUTY_BEARING.fullmatch(name.strip()))


def is_sector(word: str) -> bool:
    """教育, 公安, 人社: a department's stem standing alone, the sector it serves."""
    return bool(re.fullmatch(_SECTOR_RE, word))


def names_a_sector(name: str) -> bool:
    """各地教育行政部门, 各市县公安部门: a group of one sector's departments, named as a unit is
    (not 各部门, 各有关部门, 各乡镇: everyone)."""
    return is_group(name) and bool(re.search(_SECTOR_RE, strip_note(name)))


# A department a government names for the work, as a regulation writes it ("区(市)人民政府确定的承担燃气管理职责的部门",
# "本级人民政府确定的燃气主管部门", unseen w1561, w1562).
DESIGNATED = re.compile(r"^[^的，,。；;、]{0,16}?(?:人民政府|政府)(?:确定|指定|授权|明确)的(?=[\u4e00-\u9fff])")


# A public service's number opening its body's name ("12315投诉台", "市12345政务服务热线中心", "120急救中心",
# "96333电梯应急处置中心"): the number is part of the name, no task's figure (blind w246's 12315投诉台).
SERVICE_NUMBER_RE = re.compile(r"^([省市县区]?)(?:12\d{3}|96\d{3,4}|11[09]|12[02])(?=[\u4e00-\u9fff])")


# The forest police by the short name news and notices give them (县森林公安, 森林公安: unseen w2645); 公安 and 县公安 are
# a sector ('县公安、市场监管、卫健等部门': each one's 部门).
POLICE_SHORT_RE = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}?[省市县区旗])?森林公安$")


# A campaign's slogan in quotes that names the body set up for it ("“把锦绣写在长兴大地上”十五项综合整治工作办公室", unseen
# w2654; "“三改一拆”办公室"): its words are the slogan's, no task's.
SLOGAN = re.compile(r"“[^“”]{2,16}”(?=[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=65536)
def looks_like_org(name: str) -> bool:
    """The shape of an organisation's name (or a group of them), with no task word in it."""
    core = strip_note(name.strip())
    bare = QUOTED_RE.sub(r"\1\2", BRACKETED_RE.sub("", core))  # 村“两委”: the name inside its quote marks
    if not core or len(core) > MAX_NAME or re.search(r"[，,。；;：:、\s]", bare):
        return False
    if is_department(core):
        return True
    designated = DESIGNATED.match(bare)
    if designated:  # "区(市)人民政府确定的燃气管理部门": the department a government names, by what it is
        rest = bare[designated.end():]
        return looks_like_org(rest) or duty_bearing(rest)
    served = SERVICE_NUMBER_RE.match(bare)
    if served:  # "12315投诉台": the body's name without its number
        return looks_like_org(served.group(1) + bare[served.end():])
    if has_task_word(SLOGAN.sub("", bare)) or PEOPLE_END_RE.search(bare) or COUNTED_START.match(bare):
        return False  # (…; "一个党委", "展演一台": a count, no body named, unseen w1750)
    if bare.endswith(("股", "科")) and (not SECTION_END_RE.search(bare) or NOT_A_SECTION_RE.search(bare)):
        return False
    if NOT_AN_ORG_END_RE.search(bare):
        return False
    if ORG_END_RE.search(bare) or PLACE_END_RE.search(bare) or POLICE_SHORT_RE.match(bare):
        return True
    if PLACE_NAME_RE.match(bare) and (not NOT_A_PLACE_RE.search(bare) or PLACE_WITH_AND_RE.fullmatch(bare)):
        return True
    if len(bare) == 2 and bare[1] == "县" and bare[0] in ONE_CHARACTER_COUNTIES:
        return True  # 泗县, 沛县, 攸县: counties named by one character (the probe of the sixteenth session)
    if is_named_community(bare):
        return True
    if KIND_OF_ENTERPRISE.match(bare):
        return True
    return is_group(core) and len(bare) >= 2 and bool(GROUP_END_RE.search(bare) or GROUP_OF_KIND_END.search(bare))


# Enterprises of one kind a regulation or plan gives a duty ("物业服务企业依法协助做好…", "供水企业应当…", "管道燃气企业负责…",
# unseen w1562; blind w654, w802): a kind named by two to eight characters before 企业, not any enterprise at all
# (相关企业, 其他企业, 各类企业, 该企业, 县内企业: every enterprise of a place; 重点企业: those a list names).
KIND_OF_ENTERPRISE = re.compile(r"^(?!(?:相关|有关|其他|其它|各类|所有|广大|一些|部分|涉事|该|本|此|这些|那些|上述"
                                r"|[省市县区镇乡]内|[省市县区]域内?|辖区内?|境内|当地|本地|外地|区外|域外|重点"
                                r"|培育|扶持|支持|鼓励|引导|推动|帮助|帮扶|服务|壮大|发展|引进|招引|培养|督促|指导|组织|要求|促进"
                                r"|激励|奖励|规范|监管|整治|检查|排查|落实|做强|做大|做优|对|向|为|与|让|使|把|将|由))"
                                r"[\u4e00-\u9fff]{2,8}企业$")


# Bodies of one kind that no office's name ends with, as a group of each: 各施工企业, 各物业服务企业, 各幼儿园 (a stranger's
# probe of f42eff7; alone, '施工企业' stays the words of a duty, and '相关企业' no unit as before).
GROUP_OF_KIND_END = re.compile(r"^各(?:[\u4e00-\u9fff]{1,8}企业|幼儿园)$")  # each of a kind; not 各企业, 相关企业


def is_named_community(name: str) -> bool:
    """"南苑社区", "城关镇东门社区": a community by its name (``COMMUNITY_NAME_RE``), not a kind of one (农村社区)."""
    m = COMMUNITY_NAME_RE.match(name)
    return m is not None and not NOT_A_COMMUNITY_RE.search(name) and not re.match(r"[省市县区镇乡村]", m.group(1))


# Every unit a plan gives one role (各牵头部门, 各配合单位: "the lead departments of each task"), a group
# as 各责任单位 is; the role's word is part of the group's name, not a duty's (no 牵头单位 alone: a label). Also of
# each project's or rectification's (各项目牵头单位, 各整改牵头单位) and the coordinators (各协调单位, 各责任协调单位:
# unseen w1972, w1976; 各专项牵头单位, the stranger's probe).
EVERY_UNIT_OF_A_ROLE = re.compile(r"(?<=^各)(?:(?:重点)?项目|专项|任务|整改)?(?:牵头|配合|参与|(?:责任|牵头)?协调)(?=(?:单位|部门)$)")


def _task_word_is_part_of_name(core: str) -> bool:
    """组织部, 负责人 …: the task-word test is not fooled by a name that holds one."""
    cleaned = re.sub(r"组织部|组织(?=(?:宣传|人事|人社|联络|统战|建设|纪检|发展|协调)(?:部门|[部科处股室])$)|统筹办|统筹中心|统筹委|统筹发展|指导中心|落实办|督查室|督导组|建设局|建设厅|建设部|管理局|委员会|发展中心|服务中心|促进中心"
                     r"|促进局|促进会|推进办|联合会|联合(?=(?:执法|调解|检查|督查|指挥|接访|办公)[\u4e00-\u9fff]{0,3}(?:大队|中队|支队|队|办公室|办|中心|组|站|室|委员会)$)|驻|(?:党|社会|经济|群团|合作|自治|管理|行业)组织|(?<=[\u4e00-\u9fff])(?:组织|议事|综合)?协调机构|协调(?:领导)?(?:办|小组|中心|组|处|科|股|室|会)"
                     r"|督促检查(?:室|办)|[省市县区地]级(?:及|和)?以上|^[省市县](?=以上(?:地方)?(?:各级)?(?:人民政府|[\u4e00-\u9fff]{2,12}?(?:部门|机构|机关)$))以上|对口(?=[\u4e00-\u9fff]{0,6}(?:单位|部门|办|组))|相对集中"
                     r"|(?:\d+|[两三四五六七八九十]{1,2})个?(?=(?:区|县|县区|县市区|区县|乡镇|镇|乡|街道)(?:人民)?(?:政府|党委|党工委|办事处|管委会)$)",
                     "", core)  # 各地级以上市人民政府, 县级以上人民政府, 县以上地方人民政府, 县以上气象主管机构 (unseen w1928)
    # 相对集中: the reform's name (行政审批权相对集中改革工作领导小组, 相对集中处罚权办公室), no 对 of a duty; a count of the
    # level's governments ('市内6区政府', unseen w2550: each of the six districts')
    cleaned = EVERY_UNIT_OF_A_ROLE.sub("", cleaned)
    return not TASK_WORD_RE.search(cleaned)


def has_task_word(text: str) -> bool:
    """A word of a task (推进, 加强, 的 …) that no unit's name holds."""
    return bool(TASK_WORD_RE.search(text)) and not _task_word_is_part_of_name(text)


# An owner label's words standing for the units a table names ("由责任部门分别负责落实"): no unit.
# A page's or notice's own fields name no owner either (解读单位：, 发布机关：, 受理单位).
LABEL_WORD_RE = re.compile(r"(?:责任|主责|承办|牵头|配合|协办|主办|参与|解读|发布|起草|受理|来源|发文|印发|联系)(?:单位|部门|机关|机构)")


# The body of the place where the work is: 属地政府, 属地街道, 属地乡镇政府, 属地街镇, 属地镇街.
LOCAL_BODY_RE = re.compile(r"属地(?:乡镇|街道|街镇|镇街|镇|乡|村|社区)?(?:党委|党工委|人民政府|政府|街道办事处|办事处)?(?<!属地)")


def is_local_body(piece: str) -> bool:
    """属地街道, 属地乡镇政府, 属地镇街: the local body of each place the work is in (not 属地 alone)."""
    return bool(LOCAL_BODY_RE.fullmatch(piece))


# "所在区政府", "所在乡镇人民政府": the body of the place in question (属地… is ``is_local_body``'s); the place
# named before it ("企业所在地乡镇政府", "林区所在乡镇人民政府", "事故发生地县级人民政府", unseen w700).
LOCATED = re.compile(r"(?:[^\s\W\d向由到从在的和与及或为是对]{1,6}?)?(?:所在地?|发生地|所经)(?=[省市县区乡镇街村办])")


# A body's inner parts named in general (内设机构, 内部科室): a heading of its page, no unit.
INNER_BODIES = re.compile(r"(?:内部|内设)(?:机构|科室|处室|股室|部门)")


@lru_cache(maxsize=65536)
def is_unit_name(piece: str) -> bool:
    """A piece of an owner list that names a unit: an organisation's shape, or a
    lexicon short form standing alone (应急, 住建); an owner label's words are none."""
    piece = piece.strip()
    if len(piece) == 1 and piece not in "省市县区州旗乡镇村局":
        return False  # '会上，…' (the sixteenth session's probe): one character that is no level names no unit (a bare 局,
        # a name damaged before it, stays: blind w1661)
    if (ABOUT_AFTER_NAME.search(piece) or MANNER_FIRST.match(piece) or TIME_FIRST.match(piece) or DONE_INSIDE.search(piece)
            or THROUGH_FIRST.match(piece)
            or piece.count("“") != piece.count("”") or FOR_FIRST.match(piece) or MEASURE_FIRST.match(piece)
            or any(STAGE_END.search(p) for p in re.split(r"[和及与]", piece))):
        return False  # "县住建局就改造项目调整事宜与相关部门" (unseen w1825): a unit, then what it acts about; "全面消除
        # 集体经济薄弱村要坚持…" (unseen w1839): a goal the sentence is about, how it is done first; "推行“一网通办" (the
        # session's probe): a quote left open, no name (村“两委” closes its own); '上月各镇办已完成了…' (the probe): when, not who
        # '为中小学提供…' (unseen w2063): whom a duty serves, after 为; '高中阶段和大学阶段,构建…' (unseen w2060): a stage of
        # schooling, no body (义务教育阶段学校 ends as one)
    if INNER_BODIES.fullmatch(piece):
        return False  # '二、内部科室' over '…内设办公室、受理科…等6个科室' (unseen w2523): what a body is made of, no body
    located = LOCATED.match(piece)
    if located and len(piece) > located.end() + 1:
        piece = piece[located.end():]
    return not all(LABEL_WORD_RE.fullmatch(p) for p in re.split(r"[和及与]", piece)) and (duty_bearing(piece) or looks_like_org(piece) or is_local_body(piece) or without_level(piece) in SHORT_FORMS or is_group_phrase(strip_note(piece))
            or _each_levels_short_form(piece)
            or is_unexpandable(piece) and not has_task_word(UNSPECIFIC_TAIL_RE.sub("", piece)) or bool(place_pair(piece))
            or bool(MANAGED_AREA.fullmatch(piece)))


# The levels a department's short form is written with for each level's department ('各区县财政', '县（市、区）财政',
# '乡镇财政', unseen w2272; one level alone, '县财政'): read in names here and before a verb or after 由 in ``.prose``.
SHORT_FORM_LEVELS = r"(?:各?(?:区县|县区|县市区|市县|市州|乡镇)|各[省市县区乡镇]|[省市县区](?:[（(][市县区、]{1,6}[）)])?|[乡镇])"
LEVELS_OF_A_SHORT_FORM = re.compile(SHORT_FORM_LEVELS)


def _each_levels_short_form(piece: str) -> bool:
    """Each level's department by its short form ('各区县财政', '县（市、区）财政'); one level's alone is ``level_of``'s
    ('区自然资源' is a wrapped cell's first line, tests s45)."""
    levels = LEVELS_OF_A_SHORT_FORM.match(piece)
    return levels is not None and len(levels.group()) > 1 and piece[levels.end():] in SHORT_FORMS
# A verb done inside the words ('督查组传达了市脱贫攻坚领导小组…', unseen w2302) or a report to a level ('主管单位报市人民政府',
# unseen w2314): a clause, no name.
DONE_INSIDE = re.compile(r"[\u4e00-\u9fff]了(?![解])|(?<=[位门局委办府院所站心队组厅并后再])(?:报请|报送|上报|呈报|报)(?=[省市县区乡镇]|上级|同级|本级)")
# (after a body's name only: '通报县食药安办（县市场监管局）' is a duty's words, seed 004)
# 经 or 报 opening a phrase: through whom a step passes, to whom it is reported ('经省人民政府移民管理部门会同…审核', '报省人民政府
# 或者国务院有关部门批准', unseen w2369): no name.
THROUGH_FIRST = re.compile(r"(?:经(?=[省市县乡镇]|区(?:人民政府|政府|委))|(?:报请|报送|上报|报)(?=[省市县区乡镇]))"
                           r"(?!.*(?:开发区|园区))|(?:经|报请|报送|上报|报)(?=国务院|上级|同级|本级)")  # (经区: a zone)
# 为 opening a phrase: whom or what a duty serves (为企业提供…), no name (为民服务中心 is one); 请, a request to the units
# after it ('请有关单位认真组织实施'), no part of their name.
FOR_FIRST = re.compile(r"为(?!民)|请")
# A stage or a period, no body: 高中阶段, 汛期期间, 过渡时期.
STAGE_END = re.compile(r"(?:阶段|时期|期间)$")
# 就 after a unit's name: what the unit acts about follows (not 就业: 县就业服务中心, 人社局就业科).
ABOUT_AFTER_NAME = re.compile(r"[局委办院部心府处队所站厅]就(?!业)")
# When, opening a phrase: no name opens so ('上月各镇办', '今年县教育局'; the sixteenth session's probe).
TIME_FIRST = re.compile(r"(?:上|本|下)(?:个月|月|周|年度|年|季度)|(?:今|去|明|前)年|近日|近期|目前|日前|此前|今后|当前")
# How a work is done, opening a phrase: no name opens so (全面深化改革委员会 is a body's name).
MANNER_FIRST = re.compile(r"(?:全面|加快|大力|着力|持续|逐步|努力|切实)(?!深化改革|依法治)")
# A verb of a measure opening a phrase: what is done, no name ('一是厘清登记管理部门职责', unseen w2111; not 优化, 深化, 推进,
# 提升 or 规范, which open some offices' names: 市优化办). 优化 or 深化 opens a measure when no office's name goes on
# ('税务局配合，优化企业开办流程': 优化企业开办 is no office; 优化办, 优化营商环境办 and 深化改革办 are), and so does a verb
# of making less (压缩, 简化, 缩短, 降低, 减少, 精简); 推行 too ('…共同参与，推行并联审批': 并联 is no 妇联, the probe of the
# twenty-first session).
MEASURE_FIRST = re.compile(r"厘清|理顺|明确|压实|强化|加强|健全|完善|建立|推动|推行|坚持|严格|压缩|简化|缩短|降低|减少|精简(?!办)|普及"
                           r"|优化(?!办|营商环境(?:办|工作|建设|领导|服务|促进|局|中心))|深化(?!改革|办)")


# A town's management area over its villages (管区, 城关管区; unseen w1231), a body with its own cadres.
MANAGED_AREA = re.compile(r"[\u4e00-\u9fff]{0,6}?管区")


# A grassroots level with the one that stands in its place in brackets, bare (no 各): 村(社区), 镇(街道).
_GRASSROOTS = r"(?:村|社区|居|乡镇|街道|乡|镇|园区)"
_IN_ITS_PLACE = rf"(?:社居委|居委会|{_GRASSROOTS}|管委会)"  # 镇(街道、管委会): a development zone's committee in a town's place
# (unseen w555); 村(社居委): a community's residents' committee in a village's (w556)
PLACE_PAIR_RE = re.compile(rf"^({_GRASSROOTS})[（(]({_IN_ITS_PLACE}(?:[、，,]{_IN_ITS_PLACE})*)[）)]$")


# Levels written before the name they share: "区、县(市)帮扶救助服务中心", "县、乡(镇)和村便民服务站".
_PLACE = r"(?:省|自治区|自治州|自治县|自治旗|市州|县市区|市|县|区|旗|州|盟|乡镇|乡|镇|街道|村|社区)"  # (市州, 县市区: one level each, blind w2148)
_PLACE_WITH_PAIR = rf"{_PLACE}(?:[（(]{_PLACE}(?:[、，,]{_PLACE})*[）)])?"
# The last level may be a compound of levels: "区(市)县" (districts, county-level cities and counties), "县区" ("市和
# 区(市)县人民政府" -> 市人民政府, 区(市)县人民政府, unseen w614; "市、县区卫生行政部门", w653), not 县市场….
# A county-level city (with its districts) is one level too: "市、县级市(区)人民政府" (unseen w722).
_COMPOUND_PLACE = (rf"县级市(?:[（(][区县][）)])?|{_PLACE}[（(]{_PLACE}[）)](?:[县区]|市(?![场場]))"
                   rf"|(?:县市区|区县|县区|县市(?![场場区])|市县)(?:[（(][\u4e00-\u9fff、]{{1,6}}[）)])?(?=[\u4e00-\u9fff]{{2}})")  # "市、区县(自治县)人民政府"
# (unseen w1651)
# A county-level city may stand before the last level too: "市、县级市、区人口和计划生育部门" (unseen w1792).
_LISTED_PLACE = rf"(?:县级市|{_PLACE_WITH_PAIR})"
# The last level may be those of one kind only: "市、沿海县(市、区)人民政府" (unseen w2212), "省、有关市人民政府".
_LEVEL_KIND = r"(?:沿海|沿江|沿河|沿湖|沿边|沿线|有关|相关|涉农|重点)"
SHARED_NAME_RE = re.compile(rf"^((?:{_LISTED_PLACE}[、和及与])+)({_LEVEL_KIND}?(?:{_COMPOUND_PLACE}|{_PLACE_WITH_PAIR}))(?![两三四五各（(])"
                            rf"([^、，,]{{2,}})$")


# Bare levels, counted, before the body each has ("市、区两级财政部门", "省、市、县三级林业主管部门"); no bracket (县（市）、乡（镇）
# 两级人民政府 is left whole, unseen w965).
COUNTED_LEVELS_RE = re.compile(r"((?:(?:省|市|县|区|乡镇|乡|镇|村)[、和及与])+)(省|市|县|区|乡镇|乡|镇|村)[两三四]级([\u4e00-\u9fff]{2,})")


def levels_sharing_name(name: str) -> list[str]:
    """"区、县(市)帮扶救助服务中心" -> 区帮扶救助服务中心, 县(市)帮扶救助服务中心: each level's own
    body; levels counted before it are each level's too ("市、县两级政府" -> 市政府, 县政府, ``COUNTED_LEVELS_RE``); [] when
    the name is not bare levels before one organisation's name (县（市）、乡（镇）两级人民政府, not a level cut from its
    bracket, unseen w965). A 各 before
    the first level is each level's ("各街道和镇社会事务部门" -> 各街道社会事务部门, 各镇社会事务部门)."""
    each = "各" if name.strip().startswith("各") else ""
    counted = COUNTED_LEVELS_RE.fullmatch(name.strip())
    if counted and looks_like_org(counted.group(3)):  # "市、县两级人民政府" -> 市人民政府, 县人民政府 (the session's probe)
        return [level + counted.group(3) for level in re.findall(_LISTED_PLACE, counted.group(1)) + [counted.group(2)]]
    m = SHARED_NAME_RE.match(name.strip()[len(each):])
    if m is None or not looks_like_org(m.group(2) + m.group(3)):
        return []
    levels = re.findall(_LISTED_PLACE, m.group(1)) + [m.group(2)]
    bare = [re.sub(rf"[（(][^）)]*[）)]|^{_LEVEL_KIND}", "", level) for level in levels]
    if len(set(bare)) < len(bare):
        return []  # 各县（区）、县直部门: each county, then the county's own departments (a level is never listed twice)
    if each and not same_rank(levels):
        return []  # 各乡镇及县交通局: a group, then a unit of its own level
    if m.group(3).startswith("办事处") and any(level != "街道" for level in levels):
        return []  # 各乡镇、街道办事处: the towns, and the streets' offices (a town has no 办事处; unseen w1004)
    return [each + level + m.group(3) for level in levels]


_RANKS = ("省|自治区", "市|县|区|旗|州|盟|县级市", "乡镇|乡|镇|街道", "村|社区")


def same_rank(levels: list[str]) -> bool:
    """Bare levels of one rank (街道、镇; 区、县(市); 村、社区), as a list sharing a name writes them."""
    ranks = {next((k for k, r in enumerate(_RANKS) if re.fullmatch(r, _one_level(lv))), -1) for lv in levels}
    return len(ranks) == 1 and -1 not in ranks


def _one_level(level: str) -> str:
    """A level as its rank reads it: '县(市)' -> 县, a compound of one rank '县区' -> 县."""
    bare = re.sub(rf"[（(].*|^{_LEVEL_KIND}", "", level)
    return bare[0] if bare in ("区县", "县区", "县市", "市县", "市州", "县市区") else bare


def levels_sharing_one_name(name: str) -> list[str]:
    """``levels_sharing_name`` where the levels are of one rank ("各街道和镇社会事务部门": each's own; not
    "各乡镇及县交通局", a group and a county bureau)."""
    if COUNTED_LEVELS_RE.fullmatch(name.strip()):
        return levels_sharing_name(name)  # "县、乡两级应急管理部门": the count says each level has its own
    each = "各" if name.strip().startswith("各") else ""
    m = SHARED_NAME_RE.match(name.strip()[len(each):])
    levels = re.findall(_LISTED_PLACE, m.group(1)) + [m.group(2)] if m else []
    return levels_sharing_name(name) if levels and same_rank(levels) else []


# The bodies every level has, written bare after levels that share another ("县、乡党委、政府").
LEVELS_BODIES = ("政府", "人民政府", "党委", "党工委", "人大", "政协")


def shared_level_units(text: str) -> list[str]:
    """Each level's body in a list holding levels that share a name, joined by 和/及/与 to
    another such run or to a unit ("区、县(市)救助中心和街道(乡镇)、社区救助站": four); [] when
    no part of it is levels sharing a name."""
    for m in re.finditer(r"[和及与]", text):
        left, right = text[:m.start()], text[m.end():]
        if re.fullmatch(_LISTED_PLACE, left.strip()):
            continue  # "市和区、县计划生育行政部门": a bare level, one of the levels sharing the name (unseen w1790)
        own = ITS_OWN_AFTER.match(right)
        if own and (lefts := shared_level_units(left)):  # "市、县(市、区)人民政府及其有关部门、各乡镇": the bodies, each
            rest = right[own.end():].lstrip("、，,")  # one's departments (no 其有关部门), and the units after them
            others = (shared_level_units(rest) or _org_list(rest)) if rest else []
            if not rest or others:
                return [u for unit in lefts for u in (unit, unit + own.group(1))] + others
        lefts, rights = shared_level_units(left), shared_level_units(right)
        if (lefts or rights) and (lefts := lefts or _org_list(left)) and (rights := rights or _org_list(right)):
            return lefts + rights
    whole = levels_sharing_name(text)
    if whole:
        return whole
    for m in re.finditer(r"、", text):  # "市、镇人民政府、街道办事处" (blind w974): levels sharing a name, then other units
        lefts = levels_sharing_name(text[:m.start()])
        right = text[m.end():]
        shared = (COUNTED_LEVELS_RE.fullmatch(text[:m.start()].strip())
                  or SHARED_NAME_RE.match(text[:m.start()].strip().lstrip("各"))) if lefts else None
        if shared and right in LEVELS_BODIES:  # "县、乡(两级)党委、政府要…" (blind w1850): each level's 党委 and 政府
            return lefts + [u[:-len(shared.group(3))] + right for u in lefts]
        if lefts and (rights := shared_level_units(right) or _org_list(right)):
            return lefts + rights
    return []


# A body's own departments after 及 ('…人民政府及其有关部门'): ``owner_lists.WITH_ITS_OWN``'s words.
ITS_OWN_AFTER = re.compile(r"其((?:有关|相关|所属|工作|职能|组成)部门)(?=$|[、，,])")


def _org_list(text: str) -> list[str]:
    pieces = re.split(r"[、，,]", text)
    return pieces if all(looks_like_org(p) for p in pieces) else []


def place_pair(piece: str) -> list[str]:
    """"村(社区)" -> 村, 社区; "镇(街道、园区)" -> 镇, 街道, 园区: each level owns; [] for anything else
    (各乡镇(街道) is one group)."""
    m = PLACE_PAIR_RE.match(piece.strip())
    return [m.group(1), *re.split(r"[、，,]", m.group(2))] if m else []


# What a progress or remarks cell says: done or not, rates, counts of things.
PROGRESS = re.compile(r"已完成|未完成|已开工|正在|推进中|完成率|进度|\d\s*[%％]|\d\s*[人个台所家项条座户万亿元米]")


def not_names(cell: str) -> bool:
    """An owner column's cell that names no unit: a sentence, figures, 已完成, a rate
    ("已完成。 完成筛查人数3495人,完成率47.23%。"), not a list of names."""
    pieces = [p for p in re.split(r"[、，,；;。：:\s]", cell) if p]
    return bool(PROGRESS.search(cell) or re.search(r"[。！？]", cell.rstrip("。 "))) and not all(
        is_unit_name(strip_role_words(p) or p) for p in pieces)


def segment(text: str) -> list[str] | None:
    """Cut a text completely into unit names, longest names first ("县城管局各街道
    办事处" -> 县城管局, 各街道办事处); None if it cannot be."""
    names = _segmentations(text).get(len(text))
    return list(names) if names is not None else None


def longest_names(text: str, ends_ok: Callable[[int], bool] = lambda k: True) -> list[str]:
    """The unit names the longest start of ``text`` is made of (for which
    ``ends_ok(k)``), or []."""
    found = _segmentations(text)
    for k in sorted(found, reverse=True):
        if k and ends_ok(k):
            return list(found[k])
    return []


def _segmentations(text: str) -> dict[int, tuple[str, ...]]:
    """Every k such that text[:k] cuts into unit names -> those names (longest first)."""
    found: dict[int, tuple[str, ...]] = {0: ()}
    for i in range(len(text)):
        if i not in found:
            continue
        for j in range(min(len(text), i + MAX_NAME), i + 1, -1):
            if j < len(text) and across_the_end(text, j):
                continue  # 农服中心组|织兽医站: never cut inside a word
            if j not in found and _segment_piece(text[i:j], i == 0 and j == len(text)):
                found[j] = found[i] + (text[i:j],)
    return found


@lru_cache(maxsize=65536)
def _segment_piece(piece: str, whole: bool) -> bool:
    if SUBORDINATES.match(piece):
        return False  # 市卫健委|及其所属…机构: the unit's own subordinates, no name of their own
    if any(is_department(piece[:k]) and not _part_of(piece[k:]) for k in range(2, len(piece))):
        return False  # 县城管局各街道办事处, 区税务局研究制定…办: a department's name ends where it ends
    if whole:
        return is_unit_name(piece)
    if is_department(piece) or is_group(piece) and looks_like_org(piece) or is_local_body(piece):  # 各街道办事处, 属地街道
        return True
    if is_named_community(strip_note(piece)) and not has_task_word(piece):
        return True  # 南苑社区建立…: the community's whole name (社 ends no body's name before 区)
    tail = UNSPECIFIC_TAIL_RE.search(piece)
    if tail is not None and tail.start() >= 2 and GOVERNMENT_RE.search(piece[:tail.start()]):
        return True  # 国务院有关部门, 市政府相关部门: the government's departments, one group (not 国务院 | 有关部门, unseen w1104)
    return looks_like_org(piece) and bool(ORG_END_RE.search(strip_note(piece))) and not piece.endswith(("单位", "部门"))


def cell_names(text: str) -> list[str] | None:
    """A table cell whose names lost every separator ("教育局经开区高新园(邹区镇)各街道
    市国有公司", a .docx table's text run together) cut into the most names that each
    look like one: a department, a group, a zone, a company; never inside a bracket or
    a word, nor before a department's branch (市公安局交警支队 stays whole). Of two cuts
    with as many names, the one whose names start with a level or 各 (…各街道, 市国有公司,
    not 各街道市, 国有公司). None when the text cannot be cut so."""
    found = _cell_cuts(text).get(len(text))
    return list(found[2]) if found else None


def names_at_start(text: str) -> list[str]:
    """The names (as ``cell_names`` cuts them) the longest start of ``text`` is made
    of ("文体旅局晋陵公司轨道公司推进大庙弄…" -> 文体旅局, 晋陵公司, 轨道公司), or []."""
    cuts = _cell_cuts(text)
    return list(cuts[max(cuts)][2])


def _cell_cuts(text: str) -> dict[int, tuple[int, int, tuple[str, ...]]]:
    """Every k where text[:k] cuts into names -> (how many, how many start with a level or 各, the names)."""
    best: dict[int, tuple[int, int, tuple[str, ...]]] = {0: (0, 0, ())}
    for i in range(len(text)):
        if i not in best:
            continue
        count, starts, names = best[i]
        for j in range(i + 3, min(len(text), i + MAX_NAME) + 1):
            piece = text[i:j]
            if j < len(text) and across_the_end(text, j) or not _cell_name(piece):
                continue
            score = (count + 1, starts + (piece[0] in LEVELS + "各"), names + (piece,))
            if j not in best or score[:2] > best[j][:2]:
                best[j] = score
    return best


def _cell_name(piece: str) -> bool:
    if (len(piece) < 3 or piece.count("(") + piece.count("（") != piece.count(")") + piece.count("）")
            or len(piece) <= 6 and _part_of(piece)  # 交警支队, 平罗分局: a branch of the name before
            or re.fullmatch(r"各[省市县区旗州盟](?:[（(][^（）()]*[）)])?", piece)  # 各区(市) needs its 县政府
            or re.match(r"(?:人民政府|政府|党委|党工委|管委会|办事处)", piece)):  # a body with no place before it
        return False
    return is_department(piece) or looks_like_org(piece) and (
        _segment_piece(piece, False) or bool(PLACE_END_RE.search(strip_note(piece)) or PLACE_NAME_RE.match(piece)))


def _part_of(rest: str) -> bool:
    """What may follow a department's name inside one unit's name: its branch or
    squad (交警支队, 平罗分局), or its second name in brackets."""
    return bool(re.fullmatch(r"[（(][^（）()]*[）)]|[\u4e00-\u9fff]{0,6}(?:支队|大队|中队|分局|分中心|派出所|所|站|科|股)"
                             r"|(?:交通管理|出入境管理|治安管理|监所管理)局", rest))  # 省公安厅交通管理局


def run_together(name: str) -> list[str] | None:
    """"市财政局审计局" -> [市财政局, 审计局]: names that lost the 、 between them,
    split only where every part after the first is a department the lexicon
    knows (so 市公安局交警支队, 市生态环境局平罗分局 stay whole)."""
    name = name.strip()
    if is_department(name) or len(name) < 5:
        return None
    repeated = level_repeated(name)
    if repeated:
        return repeated
    for cut in range(2, len(name) - 1):
        head, tail = name[:cut], name[cut:]
        if _part_of(tail) and is_department(head):
            return None  # 市公安局交通管理局: one unit
        if not (ORG_END_RE.search(head) and looks_like_org(head)) or GOVERNMENT_RE.search(head):
            continue  # 市政府金融办 is the government's own office
        if head.endswith(("办事处", "管委会")) and tail[0] not in LEVELS:
            continue  # 街道办事处城管队, 开发区管委会规划建设局: the street's or zone's own office (not 街道办事处县城管局)
        rest = _departments(tail)
        if rest:
            return [head, *rest]
    return None


# A place's name before a body's ("西湖区城管局"): two to four characters and the level.
PLACE_PREFIX = re.compile(r"[\u4e00-\u9fff]{1,4}?[市县区旗州盟镇乡](?=[\u4e00-\u9fff]{2})")


def level_repeated(name: str) -> list[str] | None:
    """"镇城建办镇农技站" -> [镇城建办, 镇农技站], "西湖区城管局西湖区市场监管局" -> [西湖区城管局, 西湖区市场监管局]:
    bodies that lost the 、 between them, each opening with the level's character (or the same place's name) again
    right after the one before ends as a body does (unseen w447, probe s94; bodies the lexicon need not know). Not a
    government or party committee (县委县政府 stays as read)."""
    place = PLACE_PREFIX.match(name)
    level = name[0] if name[0] in LEVELS else place.group() if place else ""
    if not level:
        return None
    cuts = [k for k in range(3, len(name) - 2) if name.startswith(level, k) and ORG_END_RE.search(name[:k])]
    pieces = [name[a:b] for a, b in zip([0, *cuts], [*cuts, len(name)])]
    if not cuts or not all(len(p) >= 3 and ORG_END_RE.search(p) and looks_like_org(p) and not GOVERNMENT_RE.search(p)
                           for p in pieces):
        return None
    return pieces


# Bodies every organisation has (执法大队办公室 is the brigade's office): never a unit of their own after a name.
# (…站|地区管委会: the area around the station, '火车站地区管委会', unseen w703)
_OWN_BODIES = ("办公室", "委员会", "领导小组", "党支部", "党总支", "工会", "地区", "片区", "周边")
# 杭州城西科|创…管委会, 某某股|份公司: words a section's last character starts.
_WORDS_AFTER_SECTION_ENDS = frozenset(("科创", "科技", "科学", "科研", "科普", "科协", "科教", "科工", "科经", "科信",
                                       "股份", "股权", "股东", "馆长", "站长", "所长", "队长", "室主"))


def sections_run_together(name: str) -> list[str] | None:
    """"文化宣传股文化馆" -> [文化宣传股, 文化馆]: a bureau's sections and units (its 股, 科,
    室, 队, 所, 站, 馆) that lost the 、 between them, cut after a section where what follows
    is a name of its own: after …股/…科/…所/…站 (the lowest level: no parts) any organisation's
    name (派出所|工商质监所), after …室/…队/…馆 one that is not its branch (执法大队|一中队)."""
    name = name.strip()
    for cut in range(3, len(name) - 2):
        head, tail = name[:cut], name[cut:]
        if not (head[-1] in "股科室队所站馆" and looks_like_org(head) and looks_like_org(tail)):
            continue
        if (tail.startswith(_OWN_BODIES) or head[-1] in "室队馆" and _part_of(tail)
                or head[-1] + tail[0] in WORDS_ACROSS_THE_END | _WORDS_AFTER_SECTION_ENDS):
            continue
        rest = sections_run_together(tail) or ([tail] if is_unit_name(tail) else None)
        if rest:
            return [head, *rest]
    return None


def _departments(text: str) -> list[str] | None:
    """Text cut into lexicon departments only."""
    if is_department(text):
        return [text]
    for cut in range(len(text) - 2, 1, -1):
        head = text[:cut]
        if is_department(head):
            rest = _departments(text[cut:])
            if rest:
                return [head, *rest]
    return None


def complete(piece: str, level: str) -> str | None:
    """A name that lost characters, completed by the lexicon: "委编办" -> 县委编办,
    "应急" -> 县应急管理局, "场监管局" -> 县市场监管局 (``level``: the plan's own
    prefix, "" when its units are written without one); None when nothing is lost."""
    piece = piece.strip()
    if PARTY_RE.match(piece) and piece.startswith("委"):
        return (level or "县") + piece
    short = SHORT_FORMS.get(piece)
    if short is not None:
        return level + short
    if not is_department(piece) and not looks_like_org(piece):
        return None
    if is_department(piece) or ORG_END_RE.search(piece) is None:
        return None
    for lost in ("市", "县", "区"):  # 场监管局 <- 市场监管局
        if DEPARTMENT_RE.match(lost + piece) and not DEPARTMENT_RE.match(piece):
            return level + lost + piece
    return None


# A place written bare before the body it shares with the places after it: 东区, 高新园区, 开发区, 城关镇.
_PLACE_HEAD = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:经济开发区|开发区|高新区|园区|新区|示范区|片区|区|县|乡|镇|街道)")

# A place that is no place by its name: a group (各社区), a word (辖区, 城区, 驻区, 全县).
_NOT_A_NAMED_PLACE = re.compile(r"^[各全本该我驻]|(?:社|辖|城|驻|景|矿|山|片|街)区$|^[\u4e00-\u9fff]?(?:县|乡|镇)$")
_ANY_BODY = re.compile(r"(?:有关|相关|职能)?(?:单位|部门|机关|机构|组织)")


def places_sharing_body(name: str) -> list[str]:
    """"东区、南区和西区管委会" -> 东区管委会, 南区管委会, 西区管委会: places written bare before the
    last one's body (管委会, 便民服务中心 …) each have that body; a sector written bare among them
    ("水利、国土、开发区和西区管委会": each sector's own, no zone's body) is its 部门 (水利部门). [] when the
    name is not such a list: a piece that names a unit of its own or holds a task's word, a place of
    another kind than the last one's (城关镇和城南街道办事处), a last piece that is no place with a body
    after it, or no bare place before it."""
    pieces = re.split(r"[、和及与]", name.strip())
    if len(pieces) < 2 or any(not p or has_task_word(p) for p in pieces):
        return []
    last = pieces[-1]
    head = next((m for m in _PLACE_HEAD.finditer(last) if m.start() == 0 and looks_like_org(last[m.end():])
                 and ORG_END_RE.search(last) and not _PLACE_HEAD.fullmatch(last[m.end():])), None)
    if head is None or _NOT_A_NAMED_PLACE.search(head.group()) or _ANY_BODY.fullmatch(last[head.end():]):
        return []  # 各社区和驻区单位: groups, no places by name
    body = last[head.end():]
    out, places = [], 0
    for p in pieces[:-1]:
        if (_PLACE_HEAD.fullmatch(p) and len(p) <= 6 and _kind(p) == _kind(head.group())
                and not _NOT_A_NAMED_PLACE.search(p)):
            out.append(p + body)
            places += 1
        elif is_sector(p) or re.fullmatch(r"[\u4e00-\u9fff]{2}", p) and not ORG_END_RE.search(p) and not looks_like_org(p):
            out.append(p + "部门")
        else:
            return []
    return out + [last] if places else []


def _kind(place: str) -> str:
    """A place's kind by its last word: 区 (东区, 开发区, 高新园区), 镇 (a 乡 too), 县, 街道."""
    return "镇" if place[-1] in "乡镇" else place[-1]


# Places written bare, by their names alone, before the last one's level and body: "哈尔滨、黑河、绥芬河市政府"
# (blind w239), "鼓楼、台江区人民政府", "沭阳、泗阳、泗洪县政府". The last piece: a place, its level, a body.
_LEVEL_AND_BODY = re.compile(r"([\u4e00-\u9fff]{2,5}?)(市|县|区|旗)([\u4e00-\u9fff]{2,10})")
_BARE_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_LEVEL_CHARS = "省市县区旗州盟镇乡村"


def places_sharing_level(pieces: list[str]) -> list[list[str]]:
    """The units each piece of an owner list names, where places named bare share the level and
    body of the place after them: ["哈尔滨", "黑河", "绥芬河市政府"] -> [[哈尔滨市政府], [黑河市政府],
    [绥芬河市政府]]. A bare place is a name of two to four characters that is no unit, sector, group
    or task's words and has no level of its own (东区、西区管委会 is ``places_sharing_body``'s); the
    piece after the run is a place with 市/县/区/旗 and a body that names a unit (政府, 人民政府, 公安局).
    Every other piece names itself."""
    out: list[list[str]] = []
    run: list[int] = []
    for piece in pieces:
        m = _LEVEL_AND_BODY.fullmatch(piece)
        body = (m.group(2) + m.group(3) if m and looks_like_org(m.group(2) + m.group(3)) and is_unit_name(piece)
                else _body_after_place(piece, {len(out[k][0]) for k in run}) if run else "")
        if run and body:
            for k in run:
                out[k] = [out[k][0] + body]
        run = run + [len(out)] if _bare_place(piece) else []
        out.append([piece])
    return out


def _body_after_place(piece: str, lengths: set[int]) -> str:
    """The body after a place named without its level, as long as each bare place before it ('珠海检验检疫局' after
    '广东、深圳、', unseen w2264: each place's 检验检疫局): a department the lexicon knows or an agency each place has
    (``PLACE_AGENCY``); not any name's ending ('国税、地税、…银行民和支行', '…监察、公共资源交易中心' name no places), or ""."""
    if len(lengths) != 1:
        return ""
    n = lengths.pop()
    place, body = piece[:n], piece[n:]
    if _bare_place(place) and 2 <= len(body) <= 10 and (is_department(body) or PLACE_AGENCY.fullmatch(body)):
        return body
    return ""


# The bodies each place has one of, that lists name once after several places (城东、城西派出所; 广东、深圳、珠海检验检疫局).
PLACE_AGENCY = re.compile(r"(?:出入境)?检验检疫局|海关|海事局|边防检查站|边检站|派出所|公安(?:分)?局|交警(?:大队|支队)|消防救援(?:大队|支队)"
                          r"|供电(?:局|公司|所)|税务局|气象局|人民法院|法院|人民检察院|检察院|[国地]税局")


def _bare_place(piece: str) -> bool:
    return (bool(_BARE_PLACE_NAME.fullmatch(piece)) and piece[-1] not in _LEVEL_CHARS and not is_unit_name(piece)
            and not is_sector(piece) and not is_group(piece) and not has_task_word(piece))
