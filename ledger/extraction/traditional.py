"""Plans in traditional characters (mirror sites convert official documents):
read in simplified, so labels, verbs and unit names are recognised, and written
back in the characters the plan used.

The table maps one traditional character to one simplified character, so a
text keeps its length. ``Script.of`` learns from one document which simplified
characters stand for which traditional ones; ``restore`` puts them back where
the mapping is unambiguous in that document (a simplified character the plan
also writes as itself is left alone).

Mirror sites also insert a character's reading after it ("負(fù)責", "部(bu)門"): ``drop_pinyin``
takes the readings out of a .txt's or .docx's text before anything is read; they are no
part of the plan's words and are not written back.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field

# Pairs "traditional simplified", by theme; characters common in plans and unit names ('壹' for 一 too: a mirror that
# writes '統壹領導', unseen w722). The last block (2026-12-04)
# came after a probe found 分別負責 unread (別 missing): common characters of official prose the table lacked.
_PAIRS = """
縣县 區区 鎮镇 鄉乡 辦办 處处 會会 員员 單单 門门 務务 農农 業业 環环 衛卫 廳厅 國国 資资 規规 劃划
財财 稅税 監监 質质 檢检 驗验 發发 經经 濟济 設设 計计 運运 輸输 應应 黨党 組组 織织 傳传 統统 審审
醫医 療疗 險险 勞劳 動动 協协 調调 聯联 絡络 體体 廣广 電电 視视 聞闻 紀纪 書书 記记 長长 學学 園园
漁渔 糧粮 藥药 產产 場场 貿贸 術术 權权 職职 責责 負负 牽牵 頭头 參参 與与 關关 實实 條条 項项 開开
級级 鐵铁 橋桥 網网 數数 據据 庫库 號号 類类 價价 為为 個个 們们 這这 樣样 過过 還还 進进 邊边 後后
準准 減减 機机 構构 標标 際际 圍围 歸归 氣气 災灾 測测 報报 歷历 將将 專专 屬属 總总 線线 籌筹 點点
層层 態态 復复 積积 極极 戶户 盡尽 階阶 競竞 爭争 從从 眾众 優优 華华 東东 陝陕 蘇苏 遼辽 粵粤 閩闽
雲云 貴贵 龍龙 灣湾 臺台 淨净 潔洁 貨货 車车 飛飞 顯显 認认 證证 評评 議议 論论 講讲 說说 語语 請请
諮咨 詢询 護护 讀读 變变 詳详 試试 訪访 課课 許许 訴诉 診诊 識识 聽听 聲声 補补 製制 複复 見见 親亲
覺觉 觀观 貧贫 貫贯 費费 購购 賽赛 贊赞 趕赶 軍军 較较 輔辅 載载 輛辆 選选 遺遗 遠远 適适 郵邮 釋释
鋼钢 錢钱 錄录 閉闭 間间 陽阳 陰阴 陳陈 隊队 隨随 雜杂 離离 難难 靈灵 順顺 須须 預预 領领 題题 顧顾
風风 飲饮 養养 館馆 駐驻 馬马 魚鱼 齊齐 齡龄 傷伤 儲储 億亿 兒儿 內内 兩两 凍冻 則则 創创 劇剧 勵励
厲厉 問问 啟启 嚴严 團团 圖图 執执 堅坚 塊块 壓压 壞坏 夢梦 奮奋 婦妇 嬰婴 寧宁 寫写 寶宝 對对 導导
屆届 島岛 嶺岭 幣币 師师 帶带 幫帮 幹干 廠厂 廢废 張张 強强 彙汇 徵征 恆恒 惡恶 愛爱 慮虑 慶庆 憂忧
憲宪 懷怀 戰战 掃扫 採采 揚扬 換换 損损 擁拥 擇择 擊击 擔担 擬拟 擴扩 斷断 時时 暫暂 來来 樂乐 樓楼
樹树 歡欢 殘残 殺杀 毀毁 決决 沒没 溝沟 滅灭 漲涨 濱滨 無无 煙烟 熱热 營营 獨独 獎奖 獲获 現现 畫画
當当 盜盗 盤盘 確确 礎础 禮礼 種种 稱称 穩稳 窮穷 築筑 簡简 紅红 約约 細细 終终 結结 絕绝 綜综 綠绿
維维 緊紧 編编 練练 縮缩 績绩 繼继 續续 罰罚 義义 習习 聖圣 肅肃 臨临 興兴 舉举 藝艺 蘭兰 虧亏 裝装
觸触 訂订 討讨 訓训 豐丰 賓宾 趨趋 蹤踪 轉转 辭辞 遞递 陸陆 隱隐 雙双 靜静 響响 頁页 額额 驅驱 驚惊
鬥斗 麗丽 黃黄 齒齿 衝冲 週周 強强 萬万 嶽岳 鄰邻 隸隶 韓韩 顏颜 飯饭 餐餐 騰腾 驗验 髮发 鹽盐 麥麦
邊边 適适 鎖锁 鏈链 銷销 鋪铺 錯错 鍵键 鎮镇 長长 門门 閱阅 闊阔 陣阵 隻只 雞鸡 電电 靂雳 須须 頒颁
頓顿 頻频 顆颗 願愿 類类 飽饱 餘余 駕驾 騎骑 驟骤 體体 鬧闹 鳥鸟 鴨鸭 鵝鹅 點点 黨党 齋斋 龜龟 亂乱
佈布 係系 俠侠 倉仓 偉伟 價价 儀仪 償偿 優优 兇凶 処处 劑剂 務务 勢势 勝胜 匯汇 卻却 厭厌 咸咸 嗎吗
員员 喪丧 噸吨 圓圆 塗涂 壯壮 壽寿 夾夹 奧奥 孫孙 寬宽 寨寨 將将 專专 尋寻 屍尸 岡冈 崗岗 嶼屿 帥帅
廈厦 廚厨 廟庙 廣广 廳厅 彈弹 彎弯 徑径 徹彻 恥耻 悅悦 懸悬 戲戏 擺摆 攜携 攤摊 敵敌 斂敛 晉晋 曉晓
暢畅 曆历 書书 條条 棄弃 棟栋 森森 檔档 權权 歲岁 毆殴 氫氢 涼凉 淚泪 淺浅 漢汉 漁渔 潤润 濃浓 濕湿
瀉泻 灑洒 爐炉 爭争 牆墙 犧牺 狀状 獄狱 猶犹 環环 瓊琼 產产 畝亩 療疗 發发 盞盏 眾众 碼码 磚砖 礦矿
禍祸 禦御 稅税 穀谷 窩窝 竊窃 筆笔 節节 範范 糾纠 紋纹 納纳 紙纸 紛纷 組组 級级 統统 絲丝 給给 網网
緒绪 線线 緣缘 縣县 織织 縱纵 總总 罷罢 羅罗 聯联 聽听 膽胆 臉脸 艦舰 莊庄 葉叶 蕭萧 薦荐 薩萨 藍蓝
虛虚 蟲虫 蠶蚕 衛卫 補补 裡里 製制 襲袭 規规 視视 覽览 觀观 設设 訊讯 託托 記记 訪访 詐诈 註注 誠诚
誤误 說说 誰谁 課课 談谈 請请 諾诺 謀谋 謝谢 證证 識识 譜谱 譯译 護护 讓让 豬猪 貓猫 負负 貝贝 貢贡
貨货 販贩 責责 貸贷 貿贸 賀贺 賄贿 資资 賠赔 賦赋 質质 賬账 賴赖 購购 贈赠 贏赢 趙赵 跡迹 踐践 躍跃
軟软 軸轴 輕轻 輪轮 輸输 轄辖 辦办 農农 迴回 逕迳 這这 連连 週周 運运 過过 達达 違违 遞递 遲迟 遷迁
選选 遺遗 還还 邁迈 郵邮 鄉乡 醫医 釀酿 釘钉 針针 鈣钙 鉛铅 銀银 銅铜 鋁铝 錶表 鍋锅 鍛锻 鎢钨 鏡镜
鐘钟 鑑鉴 鑰钥 閃闪 閑闲 開开 閘闸 閩闽 閣阁 閥阀 闖闯 關关 隊队 階阶 際际 險险 雖虽 雜杂 雞鸡 離离
難难 雲云 電电 霧雾 靈灵 韌韧 頂顶 項项 順顺 預预 領领 頭头 題题 額额 顯显 颱台 颳刮 飄飘 飼饲 飾饰
餅饼 館馆 饑饥 驅驱 驗验 骯肮 鬆松 鬱郁 魯鲁 鮮鲜 鳳凤 鴻鸿 鶴鹤 麵面 黴霉 鼓鼓 齣出 協协 兌兑 況况 該该
別别 並并 於于 幾几 麼么 貼贴 獻献 繫系 備备 廁厕 遊游 闆板 債债 襪袜 紡纺 綿绵 倫伦 偵侦 側侧 傑杰
傾倾 僅仅 儘尽 冊册 凱凯 劉刘 劍剑 勻匀 卹恤 啞哑 嘆叹 噴喷 嚮向 堯尧 塵尘 墜坠 墾垦 壩坝 壘垒 夠够
奪夺 姦奸 孿孪 寢寝 憶忆 懇恳 懲惩 拋抛 捨舍 掛挂 揀拣 搖摇 搶抢 摟搂 撥拨 撫抚 撲扑 撿捡 擋挡 擠挤
擾扰 攔拦 敘叙 斃毙 曠旷 朧胧 棧栈 榮荣 槍枪 樁桩 樞枢 橫横 櫃柜 欄栏 歐欧 殯殡 氾泛 沖冲 洩泄 湧涌
滙汇 滯滞 滲渗 滷卤 滾滚 潑泼 澀涩 澆浇 澤泽 濤涛 濫滥 瀏浏 灘滩 烏乌 燈灯 燒烧 燦灿 燭烛 爛烂 犢犊
獅狮 獵猎 瑣琐 瓏珑 甕瓮 畢毕 異异 瘡疮 癥症 皺皱 睜睁 矯矫 碩硕 禪禅 稈秆 稟禀 穌稣 窪洼 竄窜 筍笋
簽签 籃篮 糞粪 紐纽 純纯 紗纱 紮扎 紹绍 絆绊 綁绑 綱纲 綴缀 綵彩 緝缉 緩缓 緯纬 緻致 縫缝 繩绳 繪绘
繳缴 罈坛 羨羡 聰聪 脅胁 脈脉 腦脑 腫肿 膚肤 膠胶 艙舱 艱艰 芻刍 蒼苍 蓋盖 蓮莲 蔣蒋 蔥葱 蘆芦 蝦虾
蠟蜡 衊蔑 袞衮 褲裤 襖袄 覓觅 訃讣 訝讶 訟讼 訣诀 詞词 詩诗 話话 誇夸 誌志 諒谅 謊谎 謹谨 譽誉 豈岂
豎竖 貯贮 買买 賊贼 賣卖 賤贱 賞赏 賢贤 賺赚 贓赃 輝辉 輩辈 辯辩 鄭郑 醜丑 醬酱 鈔钞 鉤钩 銜衔 鋒锋
錦锦 鍊炼 鑄铸 閒闲 闡阐 雛雏 頌颂 頗颇 頸颈 顛颠 飢饥 餵喂 饒饶 駁驳 騙骗 驕骄 髒脏 鳴鸣 鴉鸦 鹹咸
龐庞 嶄崭 巒峦 廬庐 弔吊 惱恼 惻恻 慘惨 慚惭 慣惯 慾欲 憐怜 憑凭 懶懒 懼惧 戀恋 戧戗 攝摄 攢攒 攬揽
斬斩 暈晕 曬晒 朮术 槓杠 樸朴 檯台 櫥橱 殼壳 氈毡 滬沪 漚沤 漸渐 潛潜 潰溃 澇涝 濁浊 瀋沈 烴烃 煉炼
煩烦 燙烫 爺爷 牘牍 琺珐 璽玺 疊叠 癒愈 皚皑 睏困 矚瞩 礙碍 竅窍
壹一
"""
T2S: dict[str, str] = {}
for _pair in _PAIRS.split():
    if len(_pair) == 2 and _pair[0] != _pair[1]:
        T2S.setdefault(_pair[0], _pair[1])
_TABLE = str.maketrans(T2S)
MIN_TRADITIONAL = 6  # characters, and
MIN_SHARE = 0.03  # of the plan's Chinese characters


# A character's reading inserted after it by a mirror site ("國內(nèi)", "負(fù)責"): a bracket
# right after a Chinese character (or a figure) holding one pinyin syllable; mirrors write a
# space before the bracket closes ("會(huì )議"), the tone marks as combining accents, or one
# reading after another ("局(ju)(ju)(ju)、委", "國務院(yuan)(yuan)").
_TONED_VOWEL = "(?:[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[aeiouüv][\u0300\u0301\u0304\u030c])"
_TONED = rf"[a-zü]*{_TONED_VOWEL}[a-zü\u0300\u0301\u0304\u030c]*"
# A syllable written without its tone mark (mirrors that write "自治(zhi)區", "部(bu)門"), or
# with its tone as a figure ("nong2"): initial and final of the pinyin table.
_UNTONED = ("(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
            "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ei|ao|ou|an|en|er"
            "|in|un|ün|vn|ia|ie|iu|ua|uo|ui|üe|ve|ue|a|o|e|i|u|ü|v)[1-5]?")
_BRACKETED = "[(（][ \t\u3000]*(?:{})[ \t\u3000]*[)）]"


def _readings(syllable: str, host: str) -> re.Pattern[str]:
    """One or more bracketed syllables right after the character they read."""
    return re.compile(rf"(?<=[{host}])(?:{_BRACKETED.format(syllable)})+")


# A toned syllable in brackets is never a plan's own word, after a figure either ("第3(sān)项").
PINYIN_INSERTED = _readings(_TONED, "\u4e00-\u9fff0-9")
ANY_READING_INSERTED = _readings(f"{_TONED}|{_UNTONED}", "\u4e00-\u9fff")
# Syllables without tone marks are readings only on a page a mirror filled with them: so many,
# of so many sounds, that a plan's own "公顷(ha)" or "方案(a)" cannot be mistaken for them.
MIN_READINGS, MIN_SOUNDS = 5, 3


def drop_pinyin(text: str, untoned: bool | None = None) -> str:
    """"國內(nèi)生產(chǎn)" -> "國內生產": the readings a mirror inserted, so names, labels and verbs
    read whole. Syllables without tone marks go too when ``untoned`` (by default: when the text
    itself is full of them, as a mirror that writes "負(fu)責(ze)" leaves it)."""
    if untoned is None:
        untoned = readings_inserted(text)
    if untoned:
        text = ANY_READING_INSERTED.sub("", text)
    dropped = PINYIN_INSERTED.sub("", text)
    return DOUBLED_STOP.sub("", dropped) if untoned or dropped != text else dropped


# A comma such a mirror doubles a separator with ('各鄉(xiāng)鎮(zhèn),、街道辦', '因地制宜,、資源整合', '基礎(chǔ),,為…', unseen
# w1154): taken out on a page whose readings were dropped, so a list of names reads as a list again.
DOUBLED_STOP = re.compile(r"[,，](?=[、,，。；;])")


def readings_inserted(text: str) -> bool:
    """Whether a mirror inserted readings all through the text: at least MIN_READINGS bracketed
    syllables after characters, of MIN_SOUNDS different sounds."""
    runs = "".join(m.group() for m in ANY_READING_INSERTED.finditer(text))
    sounds = re.findall(r"[(（][ \t\u3000]*([^)）]*?)[ \t\u3000]*[)）]", runs)
    return len(sounds) >= MIN_READINGS and len(set(sounds)) >= MIN_SOUNDS


def to_simplified(text: str) -> str:
    return text.translate(_TABLE)


@dataclass
class Script:
    """Whether a plan is written in traditional characters, and how to put them back."""

    traditional: bool = False
    back: dict[str, str] = field(default_factory=dict)  # simplified -> traditional, for this plan

    @classmethod
    def of(cls, texts: list[str]) -> Script:
        counts: dict[str, set[str]] = {}
        native: set[str] = set()
        total = found = 0
        for text in texts:
            for ch in text:
                if "\u4e00" <= ch <= "\u9fff":
                    total += 1
                simple = T2S.get(ch)
                if simple is None:
                    native.add(ch)
                else:
                    found += 1
                    counts.setdefault(simple, set()).add(ch)
        if found < MIN_TRADITIONAL or found < MIN_SHARE * max(total, 1):
            return cls()
        back = {s: next(iter(ts)) for s, ts in counts.items() if len(ts) == 1 and s not in native}
        return cls(True, back)

    def restore(self, text: str) -> str:
        """Simplified text of this plan back in its own characters."""
        if not self.traditional or not text:
            return text
        return "".join(self.back.get(ch, ch) for ch in text)
