Attribute VB_Name = "ledger"
' ledger 宏：在 Excel/WPS 中一键调用 ledger 命令行（任务台账工具）。
' 导入方法见 docs/excel-macros.md。本文件为 GBK 编码，以便在中文 Windows 的 VBA 编辑器中导入。
' 每个宏都以隐藏窗口运行 ledger，并等待其结束；结果以 JSON 写入临时文件后读取，
' 再用中文消息框告诉您结果和下一步。
Option Explicit

' ledger 的可执行文件：安装后通常直接写 ledger；如未加入 PATH，请写完整路径，
' 例如 "C:\ledger\.venv\Scripts\ledger.exe"
Private Const LEDGER_EXE As String = "ledger"

' 工作区文件夹：默认为本工作簿所在文件夹；也可写成固定路径，如 "D:\食安办台账"
Private Function WorkspaceDir() As String
    WorkspaceDir = ThisWorkbook.Path
End Function

' ===== 六个按钮宏 =====

Public Sub 检查任务清单()
    Dim f As Variant, report As String, json As String
    f = Application.GetOpenFilename("Excel 文件 (*.xlsx;*.xlsm;*.xls;*.csv),*.xlsx;*.xlsm;*.xls;*.csv", , "请选择任务清单")
    If VarType(f) = vbBoolean Then Exit Sub
    report = WorkspaceDir() & "\台账\检查报告.xlsx"
    json = RunLedger("check " & Q(CStr(f)) & " --report " & Q(report))
    If json = "" Then Exit Sub
    If Not ShowError(json) Then
        MsgBox "读到任务：" & CountOf(json, """number""") & " 项" & vbCrLf & _
               "错误：" & CountOf(json, """severity"": ""error""") & " 个，提醒：" & _
               CountOf(json, """severity"": ""warning""") & " 个" & vbCrLf & vbCrLf & _
               "检查报告：" & report & vbCrLf & "（问题单元格已标色并加批注）", vbInformation, "检查任务清单"
        Workbooks.Open report
    End If
End Sub

Public Sub 下发任务()
    Dim period As String, json As String, args As String
    period = InputBox("报送周期，如 第10周、2023年第10周、上周，或这一周中的任一天 2023-03-08；按月报送的写 3月、2023年3月、上月。留空表示本周/本月：", "下发任务")
    args = "split"
    If Trim(period) <> "" Then args = args & " --period " & Q(Trim(period))
    json = RunLedger(args)
    If json = "" Then Exit Sub
    If Not ShowError(json) Then
        MsgBox "已为 " & CountOf(json, """unit""") & " 个单位生成填报表。" & vbCrLf & _
               "文件夹：" & JsonString(json, "folder") & vbCrLf & vbCrLf & _
               "请按“下发清单.xlsx”把文件发给各单位。", vbInformation, "下发任务"
        OpenFolder JsonString(json, "folder")
    End If
End Sub

Public Sub 合并回收表()
    Dim json As String, msg As String
    json = RunLedger("merge")
    If json = "" Then Exit Sub
    If ShowError(json) Then Exit Sub
    msg = "已汇总 " & CountInSection(json, "accepted", """unit""") & " 个单位的报送。" & vbCrLf
    If CountInSection(json, "rejected", """file""") > 0 Then
        msg = msg & vbCrLf & "未能汇总的文件：" & vbCrLf & ListPairs(json, "rejected", "file", "reason") & vbCrLf
    End If
    If CountInSection(json, "pending", """file""") > 0 Then
        msg = msg & vbCrLf & "待确认的文件（没有隐藏标识，不能自动认定单位）：" & vbCrLf & _
              ListPairs(json, "pending", "file", "reason") & vbCrLf & _
              "核实后请点“确认报送单位”按钮。" & vbCrLf
    End If
    msg = msg & vbCrLf & "尚未报送：" & ListStrings(json, "missing_units") & vbCrLf & vbCrLf & _
          "汇总台账：" & JsonString(json, "ledger")
    MsgBox msg, IIf(JsonString(json, "ok") = "true", vbInformation, vbExclamation), "合并回收表"
    If JsonString(json, "ledger") <> "" Then OpenFolder ParentFolder(JsonString(json, "ledger"))
End Sub

Public Sub 确认报送单位()
    Dim f As Variant, unit As String, json As String
    f = Application.GetOpenFilename("Excel 文件 (*.xlsx;*.xlsm;*.xls;*.et;*.ods),*.xlsx;*.xlsm;*.xls;*.et;*.ods", , _
                                    "请选择待确认的报送文件（在“回收”文件夹中）")
    If VarType(f) = vbBoolean Then Exit Sub
    unit = InputBox("这份文件没有 ledger 的隐藏标识。核实报送单位后，请输入单位名称（与单位名录一致）：", "确认报送单位")
    If Trim(unit) = "" Then Exit Sub
    json = RunLedger("merge " & Q(CStr(f)) & " --as " & Q(Trim(unit)))
    If json = "" Then Exit Sub
    If ShowError(json) Then Exit Sub
    If CountInSection(json, "rejected", """file""") > 0 Then
        MsgBox "未能汇总：" & vbCrLf & ListPairs(json, "rejected", "file", "reason"), vbExclamation, "确认报送单位"
    Else
        MsgBox "已按“" & Trim(unit) & "”的本期报送汇总。" & vbCrLf & vbCrLf & _
               "汇总台账：" & JsonString(json, "ledger"), vbInformation, "确认报送单位"
    End If
End Sub

Public Sub 生成通报()
    Dim json As String
    json = RunLedger("report --pdf")
    If json = "" Then Exit Sub
    If Not ShowError(json) Then
        MsgBox "通报已生成：" & vbCrLf & JsonString(json, "output") & vbCrLf & vbCrLf & _
               "请打开核对后印发。", vbInformation, "生成通报"
        OpenFolder ParentFolder(JsonString(json, "output"))
    End If
End Sub

Public Sub 打开台账()
    Dim json As String, path As String
    json = RunLedger("export")
    If json = "" Then Exit Sub
    If Not ShowError(json) Then
        path = JsonString(json, "ledger")
        Workbooks.Open path
    End If
End Sub

' ===== 调用 ledger =====

' 运行 ledger（隐藏窗口，等待结束），返回 JSON 文本；无法运行时返回 ""
Private Function RunLedger(ByVal args As String) As String
    Dim shell As Object, resultFile As String, cmd As String, code As Long
    resultFile = Environ$("TEMP") & "\ledger-result-" & Format(Now, "yyyymmddhhnnss") & ".json"
    cmd = "cmd /c " & Q(Q(LEDGER_EXE) & " " & args & " -w " & Q(WorkspaceDir()) & _
          " --json --result " & Q(resultFile) & " > nul 2>&1")
    Set shell = CreateObject("WScript.Shell")
    On Error GoTo NotRun
    code = shell.Run(cmd, 0, True)
    On Error GoTo 0
    If Dir(resultFile) = "" Then GoTo NotRun
    RunLedger = ReadUtf8(resultFile)
    Kill resultFile
    Exit Function
NotRun:
    MsgBox "无法运行 ledger（退出码 " & code & "）。" & vbCrLf & _
           "请确认已安装 ledger，并在本模块顶部的 LEDGER_EXE 中写对路径。", vbCritical, "ledger"
    RunLedger = ""
End Function

' 出错时显示中文原因并返回 True
Private Function ShowError(ByVal json As String) As Boolean
    Dim code As String
    code = JsonNumber(json, "exit_code")
    If code = "2" Or code = "3" Or code = "4" Then
        MsgBox JsonString(json, "message"), vbCritical, "ledger"
        ShowError = True
    End If
End Function

' ===== 读取 JSON 结果（只取需要的字段） =====

Private Function ReadUtf8(ByVal path As String) As String
    Dim stream As Object
    Set stream = CreateObject("ADODB.Stream")
    stream.Type = 2
    stream.Charset = "utf-8"
    stream.Open
    stream.LoadFromFile path
    ReadUtf8 = stream.ReadText
    stream.Close
End Function

Private Function Q(ByVal s As String) As String
    Q = """" & s & """"
End Function

Private Function Unescape(ByVal s As String) As String
    s = Replace(s, "\""", """")
    s = Replace(s, "\n", vbCrLf)
    s = Replace(s, "\/", "/")
    Unescape = Replace(s, "\\", "\")
End Function

Private Function Matches(ByVal text As String, ByVal pattern As String) As Object
    Dim re As Object
    Set re = CreateObject("VBScript.RegExp")
    re.Global = True
    re.Pattern = pattern
    Set Matches = re.Execute(text)
End Function

Private Function JsonString(ByVal json As String, ByVal key As String) As String
    Dim m As Object
    Set m = Matches(json, """" & key & """: (""((?:[^""\\]|\\.)*)""|true|false|null)")
    If m.Count = 0 Then Exit Function
    If m(0).SubMatches(1) <> "" Then
        JsonString = Unescape(m(0).SubMatches(1))
    ElseIf m(0).SubMatches(0) <> "null" Then
        JsonString = m(0).SubMatches(0)
    End If
End Function

Private Function JsonNumber(ByVal json As String, ByVal key As String) As String
    Dim m As Object
    Set m = Matches(json, """" & key & """: (-?\d+)")
    If m.Count > 0 Then JsonNumber = m(0).SubMatches(0)
End Function

Private Function CountOf(ByVal json As String, ByVal needle As String) As Long
    CountOf = (Len(json) - Len(Replace(json, needle, ""))) / Len(needle)
End Function

' 某个列表字段（如 "rejected": [...]）的文本：按括号配对截取，跳过字符串中的括号
Private Function Section(ByVal json As String, ByVal key As String) As String
    Dim start As Long, i As Long, depth As Long, ch As String, inString As Boolean
    start = InStr(json, """" & key & """: [")
    If start = 0 Then Exit Function
    start = start + Len(key) + 5
    depth = 1
    For i = start To Len(json)
        ch = Mid$(json, i, 1)
        If inString Then
            If ch = "\" Then
                i = i + 1
            ElseIf ch = """" Then
                inString = False
            End If
        ElseIf ch = """" Then
            inString = True
        ElseIf ch = "[" Then
            depth = depth + 1
        ElseIf ch = "]" Then
            depth = depth - 1
            If depth = 0 Then
                Section = Mid$(json, start, i - start)
                Exit Function
            End If
        End If
    Next i
End Function

Private Function CountInSection(ByVal json As String, ByVal key As String, ByVal needle As String) As Long
    Dim s As String
    s = Section(json, key)
    If s = "" Then Exit Function
    CountInSection = CountOf(s, needle)
End Function

Private Function ListStrings(ByVal json As String, ByVal key As String) As String
    Dim m As Object, i As Long, out As String
    Set m = Matches(Section(json, key), """((?:[^""\\]|\\.)*)""")
    For i = 0 To m.Count - 1
        If out <> "" Then out = out & "、"
        out = out & Unescape(m(i).SubMatches(0))
    Next i
    If out = "" Then out = "无"
    ListStrings = out
End Function

Private Function ListPairs(ByVal json As String, ByVal key As String, ByVal a As String, ByVal b As String) As String
    Dim m As Object, i As Long, out As String
    Set m = Matches(Section(json, key), """" & a & """: ""((?:[^""\\]|\\.)*)"", """ & b & """: ""((?:[^""\\]|\\.)*)""")
    For i = 0 To m.Count - 1
        out = out & "· " & Unescape(m(i).SubMatches(0)) & "：" & Unescape(m(i).SubMatches(1)) & vbCrLf
    Next i
    ListPairs = out
End Function

Private Function ParentFolder(ByVal path As String) As String
    ParentFolder = Left(path, InStrRev(Replace(path, "/", "\"), "\") - 1)
End Function

Private Sub OpenFolder(ByVal folder As String)
    If folder <> "" Then Shell "explorer.exe " & Q(Replace(folder, "/", "\")), vbNormalFocus
End Sub
