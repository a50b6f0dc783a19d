/** A tiny CoNLL-U corpus for the tests (written for them; no treebank text). */
export const TINY = `# sent_id = 1
# text = The cats sat on the mat .
1	The	the	DET	DT	_	2	det	_	_
2	cats	cat	NOUN	NNS	_	3	nsubj	_	_
3	sat	sit	VERB	VBD	_	0	root	_	_
4	on	on	ADP	IN	_	6	case	_	_
5	the	the	DET	DT	_	6	det	_	_
6	mat	mat	NOUN	NN	_	3	obl	_	_
7	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = 2
# text = A dog barked loudly .
1	A	a	DET	DT	_	2	det	_	_
2	dog	dog	NOUN	NN	_	3	nsubj	_	_
3	barked	bark	VERB	VBD	_	0	root	_	_
4	loudly	loudly	ADV	RB	_	3	advmod	_	_
5	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = 3
# text = Anna saw the dogs in Paris .
1	Anna	Anna	PROPN	NNP	_	2	nsubj	_	_
2	saw	see	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	dogs	dog	NOUN	NNS	_	2	obj	_	_
5	in	in	ADP	IN	_	6	case	_	_
6	Paris	Paris	PROPN	NNP	_	2	obl	_	_
7	.	.	PUNCT	.	_	2	punct	_	_

1-2	don't	_	_	_	_	_	_	_	_
1	do	do	AUX	VBP	_	3	aux	_	_
2	n't	not	PART	RB	_	3	advmod	_	_
3	go	go	VERB	VB	_	0	root	_	_
3.1	went	go	VERB	VBD	_	_	_	_	_
4	!	!	PUNCT	.	_	3	punct	_	_
`;
